/** Destinations shown in the header on wide screens; on phones and tablets they sit one tap away under "More". */
export const SECONDARY_DESTINATIONS = [
  { to: '/programs', label: 'Programs', description: 'Your programs and workout templates' },
  { to: '/exercises', label: 'Exercises', description: 'The catalogue and your own exercises' },
  { to: '/settings', label: 'Settings', description: 'Your name, weight unit, time zone; import, export or delete your data' },
  { to: '/account/security', label: 'Security', description: 'Passkeys, signed-in devices and sign-in activity' },
] as const;

/** Reached from the Progress page, and listed under "More" too. */
export const PROGRESS_DESTINATIONS = [
  { to: '/body', label: 'Body', description: 'Log body weight, sleep and energy' },
  { to: '/insights', label: 'Insights', description: 'How sleep, energy and body weight move with your lifts' },
] as const;

/** Everything the "More" page lists. */
export const MORE_DESTINATIONS = [...PROGRESS_DESTINATIONS, ...SECONDARY_DESTINATIONS] as const;
