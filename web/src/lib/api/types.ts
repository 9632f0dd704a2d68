// Types for the FitFolio HTTP API (/api/v1): the server's own, generated from its OpenAPI document into schema.d.ts
// (`make openapi`), under the names the app uses. The document types enums and free JSON as plain strings and unknown,
// and every request member as required-but-nullable; the aliases below narrow those and nothing else.
// JSON is camelCase throughout; times are ISO 8601 strings.
import type { components } from './schema';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';

export type IsoDateTime = string;

type Schemas = components['schemas'];

/** A generated schema with some members given narrower types. */
type Narrow<T, U extends Partial<Record<keyof T, unknown>>> = Omit<T, keyof U> & U;

/** A request body: the members in K must be sent, the rest may be left out (the server reads a missing member as null). */
type Body<T, K extends keyof T = never> = { [P in Exclude<keyof T, K>]?: T[P] } & { [P in K]-?: NonNullable<T[P]> };

/** Members that are either given or left out, never null: a change to what is there (PATCH) or optional extras. */
type Optional<T> = { [P in keyof T]?: NonNullable<T[P]> };

/** RFC 9457 problem details with FitFolio's extra members (the document only has the validation shape). */
export type ProblemDetails = Optional<Omit<Schemas['HttpValidationProblemDetails'], 'errors'>> & {
  /** Stable snake_case error code, e.g. `invalid_token`, `rate_limited`, `csrf_failed`. */
  code?: string;
  requestId?: string;
  /** Present on `validation_failed`: field name → messages. */
  errors?: Record<string, string[]>;
};

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
export type E1rmFormula = 'epley' | 'brzycki' | 'rpe';

/** `timeZoneChosen` is false while timeZone is the UTC default; `plateStepKg` is what targets round to and steppers step by. */
export type User = Narrow<Schemas['UserResponse'], { unit: WeightUnit; e1rmFormula: E1rmFormula }>;

export interface ListResponse<T> {
  items: T[];
}

export interface PagedResponse<T> extends ListResponse<T> {
  page: number;
  pageSize: number;
  total: number;
}

// GET /auth/csrf
export type CsrfTokenResponse = Schemas['CsrfTokenResponse'];

// POST /auth/magic-link/start
export type MagicLinkStartRequest = Body<Schemas['MagicLinkStartRequest'], 'email'>;
export type MagicLinkStartResponse = Schemas['MagicLinkStartResponse'];

// POST /auth/magic-link/verify (`confirm` after the user confirmed a link opened in another browser than the one that asked)
export type MagicLinkVerifyRequest = Body<Schemas['MagicLinkVerifyRequest'], 'token'>;
export type MagicLinkVerifyResponse = Narrow<Schemas['MagicLinkVerifyResponse'], { user: User }>;

// GET /auth/me
export type MeResponse = Narrow<Schemas['UserEnvelope'], { user: User }>;

// GET /auth/sessions
export type Session = Schemas['SessionItem'];
export type SessionsResponse = Schemas['SessionList'];

// GET /auth/passkeys, PATCH /auth/passkeys/{id}
export type Passkey = Schemas['PasskeyResponse'];
export type PasskeysResponse = Schemas['PasskeyList'];
/** POST /auth/webauthn/register/finish: the new passkey, and how many other sessions the user could now end. */
export type RegisteredPasskey = Schemas['RegisteredPasskeyResponse'];
export type RenamePasskeyRequest = Body<Schemas['RenamePasskeyRequest'], 'nickname'>;

// POST /auth/webauthn/register/start, /finish
export type RegistrationStartResponse = Narrow<Schemas['CeremonyStart'], { options: PublicKeyCredentialCreationOptionsJSON }>;
export type RegistrationFinishRequest = Narrow<Body<Schemas['RegisterFinishRequest'], 'challengeId'>, { credential: RegistrationResponseJSON }>;

// POST /auth/webauthn/authenticate/start, /finish
export type AuthenticationStartRequest = Body<Schemas['AuthenticateStartRequest']>;
export type AuthenticationStartResponse = Narrow<Schemas['CeremonyStart'], { options: PublicKeyCredentialRequestOptionsJSON }>;
export type AuthenticationFinishRequest = Narrow<Body<Schemas['AuthenticateFinishRequest'], 'challengeId'>, { credential: AuthenticationResponseJSON }>;
export type AuthenticationFinishResponse = MeResponse;

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
/** `type` is one of {@link LoginEventType}; unknown future types are shown as-is. */
export type LoginEvent = Narrow<Schemas['LoginEventItem'], { type: LoginEventType | (string & {}); extra: Record<string, unknown> | null }>;
export type LoginEventsResponse = Narrow<Schemas['LoginEventPage'], { items: LoginEvent[] }>;

// GET /dev/mailbox (Development only)
export type MailboxMessage = Schemas['DevMailboxItem'];
export type MailboxResponse = Schemas['DevMailboxResponse'];

// GET /instance: `devMailbox` says whether GET /dev/mailbox answers this browser (Development, mail kept, a loopback client)
export type InstanceResponse = Schemas['InstanceResponse'];

// ---------- Account (/account) ----------

// GET /account → User; PATCH /account
export type UpdateAccountRequest = Optional<Narrow<Schemas['UpdateAccountRequest'], { unit: WeightUnit; e1rmFormula: E1rmFormula }>>;

// ---------- Training: exercises ----------

export const MUSCLES = [
  'abdominals',
  'abductors',
  'adductors',
  'biceps',
  'calves',
  'chest',
  'forearms',
  'glutes',
  'hamstrings',
  'lats',
  'lower_back',
  'neck',
  'obliques',
  'quadriceps',
  'shoulders',
  'traps',
  'triceps',
  'upper_back',
] as const;
export type Muscle = (typeof MUSCLES)[number];

export const EQUIPMENT = [
  'barbell',
  'dumbbell',
  'machine',
  'cable',
  'bodyweight',
  'kettlebell',
  'band',
  'smith_machine',
  'ez_bar',
  'trap_bar',
  'other',
] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export type Exercise = Narrow<Schemas['ExerciseItem'], { primaryMuscles: Muscle[]; secondaryMuscles: Muscle[]; equipment: Equipment }>;
export type ExercisesResponse = Narrow<Schemas['ExerciseList'], { items: Exercise[] }>;

/** The exercise list's query (not a schema: these travel in the query string). */
export interface ExerciseFilters {
  search?: string;
  muscle?: Muscle | '';
  equipment?: Equipment | '';
  includeArchived?: boolean;
}

// POST /exercises, PATCH /exercises/{id}
export type CreateExerciseRequest = Narrow<
  Body<Schemas['CreateExerciseRequest'], 'name'>,
  { primaryMuscles: Muscle[]; secondaryMuscles?: Muscle[]; equipment: Equipment }
>;
export type UpdateExerciseRequest = Partial<CreateExerciseRequest>;

export type SetType = 'warmup' | 'working' | 'drop' | 'failure';

export type PerformedSet = Narrow<Schemas['PerformedSet'], { setType: SetType }>;

// GET /exercises/{id}/last-performance (404 when never performed)
export type LastPerformance = Narrow<Schemas['LastPerformance'], { sets: PerformedSet[] }>;

// GET /workouts/{id}/previous: for each exercise on the workout, its sets in the latest completed workout
// before this one, in order (warm-ups included); never done before → no workout and no sets
export type PreviousExercise = Narrow<Schemas['PreviousExercise'], { sets: PerformedSet[] }>;
export type PreviousList = Narrow<Schemas['PreviousList'], { items: PreviousExercise[] }>;

// PUT /workouts/{id}/exercises: the workout's exercise list in order (409 exercise_has_sets when one with sets is left out)
export type SetWorkoutExercisesRequest = Body<Schemas['SetWorkoutExercisesRequest'], 'exerciseIds'>;

// ---------- Training: programs and templates ----------

export type TemplateSummary = Schemas['TemplateSummary'];
export type Program = Schemas['ProgramResponse'];
export type ProgramsResponse = Schemas['ProgramList'];

export type CreateProgramRequest = Body<Schemas['ProgramRequest'], 'name'>;
export type UpdateProgramRequest = Partial<CreateProgramRequest>;

export type TemplateExercise = Schemas['TemplateExerciseResponse'];
export type Template = Schemas['TemplateResponse'];

export type TemplateExerciseInput = Body<Schemas['TemplateExerciseRequest'], 'exerciseId' | 'sets' | 'repsMin' | 'repsMax' | 'restSeconds'>;

// POST /programs/{id}/templates, PUT /programs/{id}/templates/{templateId} (order = array order)
export type SaveTemplateRequest = Narrow<Body<Schemas['TemplateRequest'], 'name'>, { exercises: TemplateExerciseInput[] }>;

// ---------- Training: workouts ----------

export type WorkoutStatus = 'in_progress' | 'completed' | 'abandoned';

export type PlannedExercise = Schemas['PlanItemResponse'];

/**
 * `durationSeconds` and `distanceM` where the exercise's kind (or an import) has them; `version` is absent on a set
 * logged on the device that the server has not answered for yet.
 */
export type WorkoutSet = Narrow<Schemas['SetResponse'], { setType: SetType; version?: string }>;

export type WorkoutExercise = Schemas['WorkoutExerciseResponse'];

// POST /workouts → 201, GET /workouts/{id}: `exercises` in order, logged or not (PUT /workouts/{id}/exercises replaces it);
// `totalVolumeKg` Σ weight × reps, warm-ups excluded (same as the summary and the list)
export type Workout = Narrow<Schemas['WorkoutResponse'], { status: WorkoutStatus; sets: WorkoutSet[] }>;

// 409 workout_in_progress (with workoutId) while another is open, unless replace says what to do with it
export type StartWorkoutRequest = Optional<Narrow<Schemas['StartWorkoutRequest'], { replace: 'abandon' | 'complete' }>>;

// GET /workouts?from=&to=&status=&page=&pageSize= (newest first)
export type WorkoutListItem = Narrow<Schemas['WorkoutListItem'], { status: WorkoutStatus }>;
export type WorkoutsResponse = Narrow<Schemas['WorkoutPage'], { items: WorkoutListItem[] }>;

export type UpdateWorkoutRequest = Optional<Schemas['UpdateWorkoutRequest']>;

// PUT /workouts/{id}/sets/{setId}: 201 first time, 200 replaced
export type PutSetRequest = Narrow<Body<Schemas['PutSetRequest'], 'exerciseId' | 'reps' | 'weightKg'>, { setType?: SetType }>;

/** `prs`: the records the workout's sets beat (POST /workouts/{id}/complete). */
export type WorkoutSummary = Narrow<Schemas['WorkoutSummary'], { prs: PersonalRecord[] }>;

// POST /workouts/{id}/complete: 'discarded' (deleted, summary null) when no set was logged
export type CompleteWorkoutResponse = Narrow<Schemas['CompletedWorkout'], { status: 'completed' | 'discarded'; summary: WorkoutSummary | null }>;

// POST /workouts/{id}/abandon
export type AbandonWorkoutResponse = Narrow<Schemas['AbandonedWorkout'], { status: 'abandoned' }>;

// ---------- Your data in and out: imports, export, account deletion ----------

export type ImportFormat = 'strong' | 'hevy' | 'fitfolio';

/** A custom exercise the commit creates for a name of the file. */
export type NewExercise = Narrow<Schemas['NewExercise'], { equipment: Equipment; primaryMuscles: Muscle[] }>;

/**
 * One exercise name of the file and what it becomes; `exerciseId` null and no `create`: a custom exercise of that name.
 * `confidence` 0–1, 1 once the user chose the match; below 0.6 there is no match.
 */
export type ImportExercise = Narrow<Schemas['ImportExerciseResponse'], { create: NewExercise | null }>;

export type SkippedLine = Schemas['SkippedLine'];
export type ImportResult = Schemas['ImportResult'];

// POST /imports (multipart: format?, unit?, file) → 201; GET /imports/{id}; PUT /imports/{id}/mapping.
// `unit`: what weights are read in when the file has no unit column; `skipped`: the first 1000 lines that could not be read.
export type ImportPreview = Narrow<
  Schemas['ImportPreviewResponse'],
  { status: 'preview' | 'committed'; format: ImportFormat; unit: WeightUnit; exercises: ImportExercise[] }
>;

type MappingBody = Schemas['ExerciseMappingRequest'];
export type ExerciseMapping = Body<Pick<MappingBody, 'sourceName' | 'exerciseId'>, 'sourceName' | 'exerciseId'> | (Body<Pick<MappingBody, 'sourceName'>, 'sourceName'> & { create: NewExercise });

// PUT /imports/{id}/mapping: names not listed keep their match
export type ImportMappingRequest = { exercises: ExerciseMapping[]; unit?: WeightUnit };

// POST /imports/{id}/commit
export type ImportCommitResponse = Narrow<Schemas['ImportCommitResponse'], { status: 'committed' }>;

// DELETE /account (a sign-in within the re-auth window, else 403 reauth_required): `confirm` is the address, typed by the user
export type DeleteAccountRequest = Body<Schemas['DeleteAccountRequest'], 'confirm'>;

// ---------- Analytics: records, progress, volume, PRs, daily metrics, insights ----------
// Weights in kilograms (2 decimals), dates are local dates (YYYY-MM-DD) in the account's time zone.

export type IsoDate = string;

// GET /exercises/{id}/records (each record null until a counting set makes one), /history, /progress,
// GET /analytics/volume and /analytics/prs: the server's own types, with the set and PR types narrowed.
export type RecordValue = Schemas['RecordValue'];
export type RepMax = Schemas['RepMax'];
export type ExerciseRecords = Schemas['ExerciseRecords'];

export type HistorySet = Omit<Schemas['HistorySet'], 'setType'> & { setType: SetType };
export type ExerciseHistorySession = Omit<Schemas['HistorySession'], 'sets'> & { sets: HistorySet[] };
export type ExerciseHistoryResponse = Omit<Schemas['ExerciseHistory'], 'items'> & { items: ExerciseHistorySession[] };

export type ProgressMetric = 'e1rm' | 'topSet' | 'volume';
export type ProgressPoint = Schemas['ProgressPoint'];
export type ProgressResponse = Schemas['ProgressSeries'];

export type VolumeItem = Schemas['WeeklyVolume'];
export type VolumeResponse = Schemas['WeeklyVolumeList'];

export type PrType = 'heaviest' | 'e1rm' | 'set_volume' | 'rep_max';
/** `value` and `previous` in kilograms; `reps` is the set's, for rep_max the rep count whose record it is. */
export type PersonalRecord = Omit<Schemas['PersonalRecord'], 'type'> & { type: PrType };
export type PersonalRecordsResponse = Narrow<Schemas['PersonalRecordList'], { items: PersonalRecord[] }>;

// PUT /metrics/daily/{date} (upsert), GET /metrics/daily?from=&to=, DELETE /metrics/daily/{date}
export type DailyMetricsInput = Partial<Schemas['DailyMetricRequest']>;
export type DailyMetrics = Schemas['DailyMetricResponse'];
export type DailyMetricsResponse = Schemas['DailyMetricList'];

// GET /analytics/insights: trends over 4, 8 and 12 weeks, plateaus, correlations (only from n = 10)
export type Trend = Schemas['TrendInsight'];
export type Plateau = Schemas['PlateauInsight'];
export type DailyMetricName = 'bodyWeightKg' | 'bodyFatPercent' | 'sleepHours' | 'sleepQuality' | 'energy';
export type Correlation = Omit<Schemas['CorrelationInsight'], 'metric' | 'strength'> & {
  metric: DailyMetricName;
  strength: 'weak' | 'moderate' | 'strong';
};
export type Insights = Omit<Schemas['InsightsResponse'], 'correlations'> & { correlations: Correlation[] };
