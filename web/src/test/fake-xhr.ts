// A stand-in for XMLHttpRequest (jsdom's would try the network): each upload is recorded and the test
// drives it — progress events, the end of the body, then the server's answer.
import { vi } from 'vitest';

type Listener = ((event: ProgressEvent) => void) | null;

export class FakeUpload {
  readonly method: string;
  readonly url: string;
  readonly headers = new Headers();
  body: FormData | null = null;
  aborted = false;
  status = 0;
  responseText = '';
  private responseHeaders: Record<string, string> = {};

  readonly upload: { onprogress: Listener; onload: Listener } = { onprogress: null, onload: null };
  onload: Listener = null;
  onerror: Listener = null;
  ontimeout: Listener = null;
  onabort: Listener = null;

  constructor(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  /** The browser reports `loaded` of `total` bytes sent. */
  progress(loaded: number, total: number): void {
    this.upload.onprogress?.(new ProgressEvent('progress', { loaded, total, lengthComputable: true }));
  }

  /** The last byte of the body left. */
  sent(): void {
    this.upload.onload?.(new ProgressEvent('load'));
  }

  respond(status: number, body: unknown, contentType = 'application/json'): void {
    this.status = status;
    this.responseText = body === undefined ? '' : JSON.stringify(body);
    this.responseHeaders = { 'content-type': contentType, 'x-request-id': 'req-upload' };
    this.onload?.(new ProgressEvent('load'));
  }

  fail(): void {
    this.onerror?.(new ProgressEvent('error'));
  }

  getAllResponseHeaders(): string {
    return Object.entries(this.responseHeaders)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
  }
}

/** Replaces global XMLHttpRequest; returns the uploads in the order they were sent. */
export function mockUploads(): FakeUpload[] {
  const uploads: FakeUpload[] = [];
  class FakeXMLHttpRequest {
    private current: FakeUpload | null = null;
    get upload() {
      return this.request.upload;
    }
    private get request(): FakeUpload {
      if (!this.current) throw new Error('open() first');
      return this.current;
    }
    open(method: string, url: string) {
      this.current = new FakeUpload(method, url);
    }
    setRequestHeader(name: string, value: string) {
      this.request.headers.set(name, value);
    }
    send(body: FormData) {
      this.request.body = body;
      uploads.push(this.request);
    }
    abort() {
      this.request.aborted = true;
      this.request.onabort?.(new ProgressEvent('abort'));
    }
    set onload(listener: Listener) {
      this.request.onload = listener;
    }
    set onerror(listener: Listener) {
      this.request.onerror = listener;
    }
    set ontimeout(listener: Listener) {
      this.request.ontimeout = listener;
    }
    set onabort(listener: Listener) {
      this.request.onabort = listener;
    }
    get status() {
      return this.request.status;
    }
    get responseText() {
      return this.request.responseText;
    }
    getAllResponseHeaders() {
      return this.request.getAllResponseHeaders();
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXMLHttpRequest);
  return uploads;
}
