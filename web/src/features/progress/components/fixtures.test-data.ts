// Responses shared by the progress screens' tests.
export const accountKg = { id: 'u1', email: 'a@example.com', displayName: 'Sam', unit: 'kg', timeZone: 'UTC', plateStepKg: 2.5, createdAt: '2025-01-01T00:00:00Z' };
export const accountLb = { ...accountKg, unit: 'lb' };

export const catalogue = {
  items: [
    { id: 'bench', name: 'Bench Press', primaryMuscles: ['chest'], secondaryMuscles: ['triceps'], equipment: 'barbell', isCustom: false, isArchived: false },
    { id: 'squat', name: 'Back Squat', primaryMuscles: ['quadriceps'], secondaryMuscles: ['glutes'], equipment: 'barbell', isCustom: false, isArchived: false },
  ],
};

const at = (workoutId: string, achievedAt: string, setId: string | null = 's1') => ({ setId, workoutId, achievedAt });

export const benchRecords = {
  heaviestKg: { value: 102.06, ...at('w3', '2026-11-20T10:00:00Z') },
  bestE1rmKg: { value: 119.07, ...at('w3', '2026-11-20T10:00:00Z') },
  bestSetVolumeKg: { value: 510.3, ...at('w3', '2026-11-20T10:00:00Z') },
  bestSessionVolumeKg: { value: 1530.9, ...at('w3', '2026-11-20T10:00:00Z', null) },
  mostReps: { value: 12, ...at('w1', '2026-11-06T10:00:00Z') },
  repMaxes: [
    { reps: 1, weightKg: 102.06, ...at('w3', '2026-11-20T10:00:00Z') },
    { reps: 5, weightKg: 100, ...at('w2', '2026-11-13T10:00:00Z') },
    { reps: 12, weightKg: 60, ...at('w1', '2026-11-06T10:00:00Z') },
  ],
};

export const insights = {
  trends: [
    { exerciseId: 'bench', windowWeeks: 4, n: 4, slopeKgPerWeek: 2.5, ciLowKgPerWeek: -0.5, ciHighKgPerWeek: 5.5 },
    { exerciseId: 'bench', windowWeeks: 8, n: 8, slopeKgPerWeek: 1.25, ciLowKgPerWeek: 0.5, ciHighKgPerWeek: 2 },
  ],
  plateaus: [{ exerciseId: 'squat', sessions: 6, recentBestE1rmKg: 140, previousBestE1rmKg: 139, changePercent: 0.72 }],
  correlations: [
    { metric: 'sleepHours', n: 24, pearsonR: 0.41, spearmanRho: 0.38, pValue: 0.047, strength: 'moderate' },
    { metric: 'bodyWeightKg', n: 12, pearsonR: -0.12, spearmanRho: -0.1, pValue: 0.71, strength: 'weak' },
  ],
};

export const day = (date: string, values: Record<string, unknown> = {}) => ({
  date,
  bodyWeightKg: null,
  bodyFatPercent: null,
  sleepHours: null,
  sleepQuality: null,
  energy: null,
  notes: null,
  ...values,
});
