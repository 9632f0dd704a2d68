// Types for the FitFolio HTTP API (/api/v1), kept in this one file so they can be checked
// against the server's OpenAPI document. JSON is camelCase throughout; times are ISO 8601 strings.
import type { components } from './schema';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';

export type IsoDateTime = string;

type Schemas = components['schemas'];

/** RFC 9457 problem details with FitFolio's extra members. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  /** Stable snake_case error code, e.g. `invalid_token`, `rate_limited`, `csrf_failed`. */
  code?: string;
  requestId?: string;
  /** Present on `validation_failed`: field name → messages. */
  errors?: Record<string, string[]>;
}

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

export interface User {
  id: string;
  email: string;
  displayName: string;
  unit: WeightUnit;
  timeZone: string;
  /** False while timeZone is the UTC default: send the browser's zone with PATCH /account. */
  timeZoneChosen: boolean;
  /** What converted targets round to and steppers step by, in kg (2.5 kg or 5 lb unless set). */
  plateStepKg: number;
  createdAt: IsoDateTime;
  /** How records and progress estimate a one-rep max. */
  e1rmFormula: E1rmFormula;
}

export type E1rmFormula = 'epley' | 'brzycki' | 'rpe';

export interface ListResponse<T> {
  items: T[];
}

export interface PagedResponse<T> extends ListResponse<T> {
  page: number;
  pageSize: number;
  total: number;
}

// GET /auth/csrf
export interface CsrfTokenResponse {
  token: string;
}

// POST /auth/magic-link/start
export interface MagicLinkStartRequest {
  email: string;
  next?: string;
}
export interface MagicLinkStartResponse {
  message: string;
}

// POST /auth/magic-link/verify
export interface MagicLinkVerifyRequest {
  token: string;
  /** Sent after the user confirmed a link opened in another browser than the one that asked for it. */
  confirm?: boolean;
}
export interface MagicLinkVerifyResponse {
  user: User;
  next: string | null;
}

// GET /auth/me
export interface MeResponse {
  user: User;
}

// GET /auth/sessions
export interface Session {
  id: string;
  createdAt: IsoDateTime;
  lastSeenAt: IsoDateTime;
  expiresAt: IsoDateTime;
  ipAddress: string | null;
  userAgent: string | null;
  current: boolean;
}
export type SessionsResponse = ListResponse<Session>;

// GET /auth/passkeys, PATCH /auth/passkeys/{id}
export interface Passkey {
  id: string;
  nickname: string | null;
  createdAt: IsoDateTime;
  lastUsedAt: IsoDateTime | null;
  transports: string[];
  backedUp: boolean;
}
export type PasskeysResponse = ListResponse<Passkey>;
/** POST /auth/webauthn/register/finish: the new passkey, and how many other sessions the user could now end. */
export interface RegisteredPasskey extends Passkey {
  otherSessions: number;
}
export interface RenamePasskeyRequest {
  nickname: string;
}

// POST /auth/webauthn/register/start, /finish
export interface RegistrationStartResponse {
  challengeId: string;
  options: PublicKeyCredentialCreationOptionsJSON;
}
export interface RegistrationFinishRequest {
  challengeId: string;
  credential: RegistrationResponseJSON;
  nickname?: string;
}

// POST /auth/webauthn/authenticate/start, /finish
export interface AuthenticationStartRequest {
  email?: string;
}
export interface AuthenticationStartResponse {
  challengeId: string;
  options: PublicKeyCredentialRequestOptionsJSON;
}
export interface AuthenticationFinishRequest {
  challengeId: string;
  credential: AuthenticationResponseJSON;
}
export interface AuthenticationFinishResponse {
  user: User;
}

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
export interface LoginEvent {
  id: string;
  /** One of {@link LoginEventType}; unknown future types are shown as-is. */
  type: LoginEventType | (string & {});
  createdAt: IsoDateTime;
  ipAddress: string | null;
  userAgent: string | null;
  extra: Record<string, unknown> | null;
}
export type LoginEventsResponse = PagedResponse<LoginEvent>;

// GET /dev/mailbox (Development only)
export interface MailboxMessage {
  id: string;
  to: string;
  subject: string;
  textBody: string;
  link: string | null;
  sentAt: IsoDateTime;
}
export type MailboxResponse = ListResponse<MailboxMessage>;

// GET /instance
export interface InstanceResponse {
  /** Whether GET /dev/mailbox answers this browser (Development, mail kept in the outbox, a loopback client). */
  devMailbox: boolean;
}

// ---------- Account (/account) ----------

// GET /account → User; PATCH /account
export interface UpdateAccountRequest {
  displayName?: string;
  unit?: WeightUnit;
  timeZone?: string;
  plateStepKg?: number;
  e1rmFormula?: E1rmFormula;
}

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

export interface Exercise {
  id: string;
  name: string;
  primaryMuscles: Muscle[];
  secondaryMuscles: Muscle[];
  equipment: Equipment;
  isCustom: boolean;
  isArchived: boolean;
}
export type ExercisesResponse = ListResponse<Exercise>;

export interface ExerciseFilters {
  search?: string;
  muscle?: Muscle | '';
  equipment?: Equipment | '';
  includeArchived?: boolean;
}

// POST /exercises, PATCH /exercises/{id}
export interface CreateExerciseRequest {
  name: string;
  primaryMuscles: Muscle[];
  secondaryMuscles?: Muscle[];
  equipment: Equipment;
}
export type UpdateExerciseRequest = Partial<CreateExerciseRequest>;

export type SetType = 'warmup' | 'working' | 'drop' | 'failure';

// GET /exercises/{id}/last-performance (404 when never performed)
export interface LastPerformance {
  performedAt: IsoDateTime;
  workoutId: string;
  sets: { reps: number; weightKg: number; rpe: number | null; setType: SetType }[];
}

// GET /workouts/{id}/previous: for each exercise on the workout, its sets in the latest completed workout
// before this one, in order (warm-ups included); never done before → no workout and no sets
export interface PreviousExercise {
  exerciseId: string;
  workoutId: string | null;
  performedAt: IsoDateTime | null;
  sets: LastPerformance['sets'];
}
export type PreviousList = ListResponse<PreviousExercise>;

// PUT /workouts/{id}/exercises: the workout's exercise list in order (409 exercise_has_sets when one with sets is left out)
export interface SetWorkoutExercisesRequest {
  exerciseIds: string[];
}

// ---------- Training: programs and templates ----------

export interface TemplateSummary {
  id: string;
  name: string;
  position: number;
  exerciseCount: number;
}

export interface Program {
  id: string;
  name: string;
  description: string | null;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  templates: TemplateSummary[];
}
export type ProgramsResponse = ListResponse<Program>;

export interface CreateProgramRequest {
  name: string;
  description?: string;
}
export type UpdateProgramRequest = Partial<CreateProgramRequest>;

export interface TemplateExercise {
  id: string;
  exerciseId: string;
  exerciseName: string;
  position: number;
  sets: number;
  repsMin: number;
  repsMax: number;
  restSeconds: number;
  targetRpe: number | null;
  targetWeightKg: number | null;
  notes: string | null;
}

export interface Template {
  id: string;
  programId: string;
  name: string;
  position: number;
  exercises: TemplateExercise[];
}

export interface TemplateExerciseInput {
  exerciseId: string;
  sets: number;
  repsMin: number;
  repsMax: number;
  restSeconds: number;
  targetRpe?: number | null;
  targetWeightKg?: number | null;
  notes?: string | null;
}

// POST /programs/{id}/templates, PUT /programs/{id}/templates/{templateId} (order = array order)
export interface SaveTemplateRequest {
  name: string;
  exercises: TemplateExerciseInput[];
}

// ---------- Training: workouts ----------

export type WorkoutStatus = 'in_progress' | 'completed' | 'abandoned';

export interface PlannedExercise {
  exerciseId: string;
  exerciseName: string;
  sets: number;
  repsMin: number;
  repsMax: number;
  restSeconds: number;
  targetRpe: number | null;
  targetWeightKg: number | null;
  notes: string | null;
  last: { performedAt: IsoDateTime; weightKg: number; reps: number } | null;
}

export interface WorkoutSet {
  id: string;
  exerciseId: string;
  exerciseName: string;
  reps: number;
  weightKg: number;
  rpe: number | null;
  setType: SetType;
  notes: string | null;
  completedAt: IsoDateTime;
  /** Where the source recorded them (an import): time in seconds, distance in metres. */
  durationSeconds: number | null;
  distanceM: number | null;
}

export interface WorkoutExercise {
  exerciseId: string;
  exerciseName: string;
  equipment: string;
}

// POST /workouts → 201, GET /workouts/{id}
export interface Workout {
  id: string;
  status: WorkoutStatus;
  startedAt: IsoDateTime;
  completedAt: IsoDateTime | null;
  notes: string | null;
  templateId: string | null;
  templateName: string | null;
  /** The workout's exercises in order, logged or not; PUT /workouts/{id}/exercises replaces it. */
  exercises: WorkoutExercise[];
  plan: PlannedExercise[];
  sets: WorkoutSet[];
  /** Σ weight × reps, warm-ups excluded (same as the summary and the list). */
  totalVolumeKg: number;
}

// 409 workout_in_progress (with workoutId) while another is open, unless replace says what to do with it
export interface StartWorkoutRequest {
  templateId?: string;
  replace?: 'abandon' | 'complete';
}

// GET /workouts?from=&to=&status=&page=&pageSize= (newest first)
export interface WorkoutListItem {
  id: string;
  status: WorkoutStatus;
  startedAt: IsoDateTime;
  completedAt: IsoDateTime | null;
  templateName: string | null;
  setCount: number;
  totalVolumeKg: number;
}
export type WorkoutsResponse = PagedResponse<WorkoutListItem>;

export interface UpdateWorkoutRequest {
  notes?: string;
  startedAt?: IsoDateTime;
  completedAt?: IsoDateTime;
}

// PUT /workouts/{id}/sets/{setId}: 201 first time, 200 replaced
export interface PutSetRequest {
  exerciseId: string;
  reps: number;
  weightKg: number;
  rpe?: number | null;
  setType?: SetType;
  notes?: string | null;
  completedAt?: IsoDateTime;
}

export interface WorkoutSummary {
  durationSeconds: number;
  setCount: number;
  totalVolumeKg: number;
  /** The records the workout's sets beat (POST /workouts/{id}/complete). */
  prs?: PersonalRecord[];
}

// POST /workouts/{id}/complete: 'discarded' (deleted, summary null) when no set was logged
export interface CompleteWorkoutResponse {
  id: string;
  status: 'completed' | 'discarded';
  completedAt: IsoDateTime | null;
  summary: WorkoutSummary | null;
}

// POST /workouts/{id}/abandon
export interface AbandonWorkoutResponse {
  id: string;
  status: 'abandoned';
}

// ---------- Your data in and out: imports, export, account deletion ----------

export type ImportFormat = 'strong' | 'hevy' | 'fitfolio';

/** A custom exercise the commit creates for a name of the file. */
export interface NewExercise {
  name: string;
  equipment: Equipment;
  primaryMuscles: Muscle[];
}

/** One exercise name of the file and what it becomes; `exerciseId` null and no `create`: a custom exercise of that name. */
export interface ImportExercise {
  sourceName: string;
  exerciseId: string | null;
  exerciseName: string | null;
  /** 0–1; 1 once the user chose the match. Below 0.6 there is no match. */
  confidence: number;
  setCount: number;
  create: NewExercise | null;
}

export interface SkippedLine {
  line: number;
  reason: string;
}

export interface ImportResult {
  workoutsCreated: number;
  setsCreated: number;
  workoutsAlreadyPresent: number;
  exercisesCreated: number;
}

// POST /imports (multipart: format?, unit?, file) → 201; GET /imports/{id}; PUT /imports/{id}/mapping
export interface ImportPreview {
  id: string;
  status: 'preview' | 'committed';
  format: ImportFormat;
  /** What weights are read in when the file has no unit column. */
  unit: WeightUnit;
  workouts: number;
  sets: number;
  exercises: ImportExercise[];
  /** The first 1000 lines that could not be read; `skippedTotal` counts them all. */
  skipped: SkippedLine[];
  skippedTotal: number;
  createdAt: IsoDateTime;
  result: ImportResult | null;
}

export type ExerciseMapping = { sourceName: string; exerciseId: string } | { sourceName: string; create: NewExercise };

// PUT /imports/{id}/mapping: names not listed keep their match
export interface ImportMappingRequest {
  exercises: ExerciseMapping[];
  unit?: WeightUnit;
}

// POST /imports/{id}/commit
export interface ImportCommitResponse extends ImportResult {
  status: 'committed';
  skipped: SkippedLine[];
}

// DELETE /account (a sign-in within the re-auth window, else 403 reauth_required)
export interface DeleteAccountRequest {
  /** The account's email address, typed by the user. */
  confirm: string;
}

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
export type PersonalRecordsResponse = ListResponse<PersonalRecord>;

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
