// API fields added for offline use, declared from the generated schema until the hand-written types catch up.
import type { components } from '../../../lib/api/schema';
import type { PutSetRequest, StartWorkoutRequest, WorkoutSet } from '../../../lib/api/types';

type S = components['schemas'];

/** A set as the server sends it: with its version, sent back with the next PUT of it. */
export type VersionedSet = WorkoutSet;

/** A PUT by its exercise's kind, with the set's version as this device last saw it (none for a new set). */
export type PutSetBody = Omit<PutSetRequest, 'reps' | 'weightKg'> &
  Pick<S['PutSetRequest'], 'reps' | 'weightKg' | 'durationSeconds' | 'distanceM' | 'baseVersion'>;

/** What a PUT answers: the set, and whether it replaced an edit made on another device meanwhile. */
export type PutSetAnswer = VersionedSet & Pick<S['PutSetResponse'], 'replacedNewerEdit'>;

/** A start with the workout's id made on the device, so it can start offline and be sent again safely. */
export type StartWorkoutBody = StartWorkoutRequest & { id?: NonNullable<S['StartWorkoutRequest']['id']> };
