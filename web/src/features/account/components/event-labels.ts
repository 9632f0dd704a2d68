const LABELS: Record<string, string> = {
  magic_link_requested: 'Sign-in link requested',
  sign_in: 'Signed in',
  sign_in_failed: 'Failed sign-in attempt',
  logout: 'Signed out',
  logout_all: 'Signed out everywhere',
  session_revoked: 'Session ended',
  session_rotated: 'Session renewed',
  passkey_added: 'Passkey added',
  passkey_removed: 'Passkey removed',
  passkey_renamed: 'Passkey renamed',
  passkey_counter_regression: 'Suspicious passkey use blocked',
  rate_limited: 'Too many attempts (blocked)',
  admin_granted: 'Admin granted',
  admin_revoked: 'Admin removed',
  admin_user_disabled: 'Admin: account disabled',
  admin_user_enabled: 'Admin: account enabled',
  admin_user_signed_out: 'Admin: account signed out everywhere',
  admin_user_deleted: 'Admin: account deleted',
  invitation_created: 'Admin: invitation created',
  invitation_revoked: 'Admin: invitation revoked',
};

const METHODS: Record<string, string> = {
  magic_link: 'email link',
  passkey: 'passkey',
  webauthn: 'passkey',
};

/** A friendly label for a login event type; unknown types are shown as they come. */
export function eventLabel(type: string, extra?: Record<string, unknown> | null): string {
  const label = LABELS[type] ?? type;
  const method = typeof extra?.['method'] === 'string' ? METHODS[extra['method']] : undefined;
  return method && (type === 'sign_in' || type === 'sign_in_failed') ? `${label} with ${method}` : label;
}

export function isWarningEvent(type: string): boolean {
  return type === 'sign_in_failed' || type === 'rate_limited' || type === 'passkey_counter_regression';
}
