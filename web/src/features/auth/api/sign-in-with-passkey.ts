import { startAuthentication } from '@simplewebauthn/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type {
  AuthenticationFinishRequest,
  AuthenticationFinishResponse,
  AuthenticationStartRequest,
  AuthenticationStartResponse,
} from '../../../lib/api/types';
import { rememberSignedInUser } from './get-me';

export function startPasskeyAuthentication(
  request: AuthenticationStartRequest,
): Promise<AuthenticationStartResponse> {
  return api.post<AuthenticationStartResponse>('/auth/webauthn/authenticate/start', request);
}

export function finishPasskeyAuthentication(
  request: AuthenticationFinishRequest,
): Promise<AuthenticationFinishResponse> {
  return api.post<AuthenticationFinishResponse>('/auth/webauthn/authenticate/finish', request);
}

export interface PasskeySignInInput {
  email?: string | undefined;
  /** Conditional mediation: the browser offers passkeys in the email field's autofill. */
  autofill?: boolean;
}

/** The whole ceremony: server challenge → authenticator → server verification. */
export async function signInWithPasskey({ email, autofill = false }: PasskeySignInInput) {
  const { challengeId, options } = await startPasskeyAuthentication(
    autofill || !email ? {} : { email },
  );
  const credential = await startAuthentication({ optionsJSON: options, useBrowserAutofill: autofill });
  return finishPasskeyAuthentication({ challengeId, credential });
}

export function usePasskeySignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signInWithPasskey,
    onSuccess: (data) => rememberSignedInUser(queryClient, data.user),
  });
}
