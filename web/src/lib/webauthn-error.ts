import { ApiError, errorMessage } from './api/api-error';

/** Plain words for failures of a passkey ceremony, from the browser or from the server. */
export function passkeyErrorMessage(error: unknown, ceremony: 'sign-in' | 'registration'): string {
  if (error instanceof ApiError) return errorMessage(error);
  const name = error instanceof Error ? error.name : '';
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' || name === 'InvalidStateError') {
    return 'This device already has a passkey for your account.';
  }
  if (name === 'NotAllowedError' || name === 'AbortError' || code === 'ERROR_CEREMONY_ABORTED') {
    return ceremony === 'sign-in'
      ? 'Passkey sign-in was cancelled or timed out. You can try again or use an email link.'
      : 'Passkey setup was cancelled or timed out.';
  }
  if (name === 'NotSupportedError' || name === 'SecurityError') {
    return 'This browser or device cannot use passkeys here.';
  }
  return ceremony === 'sign-in'
    ? "Your passkey couldn't be used. Try again or sign in with an email link."
    : "The passkey couldn't be created. Please try again.";
}

/** True when the browser can offer passkeys inside the email field's autofill list. */
export async function conditionalMediationAvailable(): Promise<boolean> {
  if (typeof window === 'undefined' || typeof window.PublicKeyCredential === 'undefined') return false;
  const check = window.PublicKeyCredential.isConditionalMediationAvailable;
  if (typeof check !== 'function') return false;
  try {
    return await check.call(window.PublicKeyCredential);
  } catch {
    return false;
  }
}
