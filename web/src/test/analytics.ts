import type { ExerciseRecords } from '../lib/api/types';

/** GET /exercises/{id}/records for an exercise never done in a finished workout. */
export const noRecords: ExerciseRecords = {
  heaviestKg: null,
  bestE1rmKg: null,
  bestSetVolumeKg: null,
  bestSessionVolumeKg: null,
  mostReps: null,
  repMaxes: [],
};
