// Types for the FitFolio HTTP API (/api/v1), kept in this one file so they can be checked
// against the server's OpenAPI document. JSON is camelCase throughout; times are ISO 8601 strings.
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';

export type IsoDateTime = string;

/** RFC 9457 problem details with FitFolio's extra members. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  /** Stable snake_case error code, e.g. `invalid_token`, `rate_limited`, `csrf_failed`. */
  code?: string;
  requestId?: string;
  /** Present on `validation_failed`: field name → messages. */
  errors?: Record<string, string[]>;
}

export type ErrorCode =
  | 'csrf_failed'
  | 'invalid_token'
  | 'rate_limited'
  | 'validation_failed'
  | 'not_found'
  | 'unauthorized'
  | 'reauth_required'
  | 'dependency_unavailable';

export type WeightUnit = 'kg' | 'lb';

export interface User {
  id: string;
  email: string;
  displayName: string;
  unit: WeightUnit;
  timeZone: string;
  createdAt: IsoDateTime;
}

export interface ListResponse<T> {
  items: T[];
}

export interface PagedResponse<T> extends ListResponse<T> {
  page: number;
  pageSize: number;
  total: number;
}

// GET /auth/csrf
export interface CsrfTokenResponse {
  token: string;
}

// POST /auth/magic-link/start
export interface MagicLinkStartRequest {
  email: string;
  next?: string;
}
export interface MagicLinkStartResponse {
  message: string;
}

// POST /auth/magic-link/verify
export interface MagicLinkVerifyRequest {
  token: string;
}
export interface MagicLinkVerifyResponse {
  user: User;
  next: string | null;
}

// GET /auth/me
export interface MeResponse {
  user: User;
}

// GET /auth/sessions
export interface Session {
  id: string;
  createdAt: IsoDateTime;
  lastSeenAt: IsoDateTime;
  expiresAt: IsoDateTime;
  ipAddress: string | null;
  userAgent: string | null;
  current: boolean;
}
export type SessionsResponse = ListResponse<Session>;

// GET /auth/passkeys, PATCH /auth/passkeys/{id}
export interface Passkey {
  id: string;
  nickname: string | null;
  createdAt: IsoDateTime;
  lastUsedAt: IsoDateTime | null;
  transports: string[];
  backedUp: boolean;
}
export type PasskeysResponse = ListResponse<Passkey>;
export interface RenamePasskeyRequest {
  nickname: string;
}

// POST /auth/webauthn/register/start, /finish
export interface RegistrationStartResponse {
  challengeId: string;
  options: PublicKeyCredentialCreationOptionsJSON;
}
export interface RegistrationFinishRequest {
  challengeId: string;
  credential: RegistrationResponseJSON;
  nickname?: string;
}

// POST /auth/webauthn/authenticate/start, /finish
export interface AuthenticationStartRequest {
  email?: string;
}
export interface AuthenticationStartResponse {
  challengeId: string;
  options: PublicKeyCredentialRequestOptionsJSON;
}
export interface AuthenticationFinishRequest {
  challengeId: string;
  credential: AuthenticationResponseJSON;
}
export interface AuthenticationFinishResponse {
  user: User;
}

// GET /auth/events
export type LoginEventType =
  | 'magic_link_requested'
  | 'sign_in'
  | 'sign_in_failed'
  | 'logout'
  | 'logout_all'
  | 'session_revoked'
  | 'passkey_added'
  | 'passkey_removed'
  | 'passkey_renamed'
  | 'rate_limited';
export interface LoginEvent {
  id: string;
  /** One of {@link LoginEventType}; unknown future types are shown as-is. */
  type: LoginEventType | (string & {});
  createdAt: IsoDateTime;
  ipAddress: string | null;
  userAgent: string | null;
  extra: Record<string, unknown> | null;
}
export type LoginEventsResponse = PagedResponse<LoginEvent>;

// GET /dev/mailbox (Development only)
export interface MailboxMessage {
  id: string;
  to: string;
  subject: string;
  textBody: string;
  link: string | null;
  sentAt: IsoDateTime;
}
export type MailboxResponse = ListResponse<MailboxMessage>;
