/** Destinations shown in the header on wide screens; on phones and tablets they sit one tap away under "More". */
export const SECONDARY_DESTINATIONS = [
  { to: '/exercises', label: 'Exercises', description: 'The catalogue and your own exercises' },
  { to: '/settings', label: 'Settings', description: 'Your name, weight unit, time zone; import, export or delete your data' },
  { to: '/account/security', label: 'Security', description: 'Passkeys, signed-in devices and sign-in activity' },
] as const;
