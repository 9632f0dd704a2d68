import type { CDPSession, Page } from '@playwright/test';

/** Options of CDP `WebAuthn.addVirtualAuthenticator` (the subset FitFolio's passkey tests use). */
export interface VirtualAuthenticatorOptions {
  protocol: 'ctap2' | 'u2f';
  transport: 'usb' | 'nfc' | 'ble' | 'cable' | 'internal';
  hasResidentKey: boolean;
  hasUserVerification: boolean;
  isUserVerified: boolean;
  automaticPresenceSimulation?: boolean;
}

/** A platform authenticator with user verification, like a phone's fingerprint-protected passkey store. */
export const PLATFORM_AUTHENTICATOR: VirtualAuthenticatorOptions = {
  protocol: 'ctap2',
  transport: 'internal',
  hasResidentKey: true,
  hasUserVerification: true,
  isUserVerified: true,
};

export interface VirtualAuthenticator {
  readonly authenticatorId: string;
  readonly session: CDPSession;
  /** The credentials the authenticator holds (passkeys it has created). */
  credentials(): Promise<Array<{ credentialId: string; isResidentCredential: boolean; rpId?: string; signCount: number }>>;
  /** Makes the next ceremonies fail user verification (or pass again). */
  setUserVerified(verified: boolean): Promise<void>;
  remove(): Promise<void>;
}

/**
 * Gives `page` a virtual WebAuthn authenticator through the Chrome DevTools Protocol, so that
 * `navigator.credentials.create/get` succeed without a person touching a sensor.
 * Chromium only; the relying party must be `localhost` (never 127.0.0.1).
 */
export async function addVirtualAuthenticator(
  page: Page,
  options: VirtualAuthenticatorOptions = PLATFORM_AUTHENTICATOR,
): Promise<VirtualAuthenticator> {
  const session = await page.context().newCDPSession(page);
  await session.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await session.send('WebAuthn.addVirtualAuthenticator', { options });
  return {
    authenticatorId,
    session,
    async credentials() {
      const { credentials } = await session.send('WebAuthn.getCredentials', { authenticatorId });
      return credentials;
    },
    async setUserVerified(verified: boolean) {
      await session.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: verified });
    },
    async remove() {
      await session.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });
      await session.detach();
    },
  };
}
