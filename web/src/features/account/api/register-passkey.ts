import { startRegistration } from '@simplewebauthn/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, resetCsrfToken } from '../../../lib/api/client';
import type {
  RegisteredPasskey,
  RegistrationFinishRequest,
  RegistrationStartResponse,
} from '../../../lib/api/types';
import { passkeysQueryOptions } from './get-passkeys';
import { sessionsQueryOptions } from './get-sessions';
import { loginEventsQueryKeyRoot } from './get-login-events';

export function startPasskeyRegistration(): Promise<RegistrationStartResponse> {
  return api.post<RegistrationStartResponse>('/auth/webauthn/register/start');
}

export function finishPasskeyRegistration(request: RegistrationFinishRequest): Promise<RegisteredPasskey> {
  return api.post<RegisteredPasskey>('/auth/webauthn/register/finish', request);
}

/** The whole ceremony: server challenge → authenticator creates a credential → server stores it. */
export async function registerPasskey({ nickname }: { nickname?: string }): Promise<RegisteredPasskey> {
  const { challengeId, options } = await startPasskeyRegistration();
  const credential = await startRegistration({ optionsJSON: options });
  const trimmed = nickname?.trim();
  const passkey = await finishPasskeyRegistration({
    challengeId,
    credential,
    ...(trimmed ? { nickname: trimmed } : {}),
  });
  // The server rotates the session cookie here, so the old antiforgery token is void.
  resetCsrfToken();
  return passkey;
}

export function useRegisterPasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerPasskey,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: passkeysQueryOptions().queryKey }),
        queryClient.invalidateQueries({ queryKey: sessionsQueryOptions().queryKey }),
        queryClient.invalidateQueries({ queryKey: loginEventsQueryKeyRoot }),
      ]),
  });
}
