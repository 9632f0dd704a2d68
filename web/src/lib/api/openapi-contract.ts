// Compile-time check of the hand-written API types (types.ts) against the server's OpenAPI document.
// schema.d.ts is generated from openapi.json by `make openapi`, and a backend test keeps openapi.json equal to
// what the server serves — so a renamed, missing or retyped field breaks `tsc -b` (the web build) here.
// Rule per pair: the same property names, and no property whose client and server types cannot overlap
// (the client may narrow, e.g. 'kg' | 'lb' for a string, or accept null where the server never sends it).
import type { components } from './schema';
import type * as T from './types';

type S = components['schemas'];

type Disjoint<A, B> = [NonNullable<A> & NonNullable<B>] extends [never] ? true : false;

/** The names of everything wrong with a pair; `never` when client and server agree. */
type Mismatch<Client, Server> =
  | Exclude<keyof Client, keyof Server>
  | Exclude<keyof Server, keyof Client>
  | {
      [K in keyof Client & keyof Server]-?: Disjoint<Client[K], Server[K]> extends true ? K : never;
    }[keyof Client & keyof Server];

type Agree<Problems extends never> = Problems;


export type OpenApiContract = [
  Agree<Mismatch<T.User, S['UserResponse']>>,
  Agree<Mismatch<T.MeResponse, S['UserEnvelope']>>,
  Agree<Mismatch<T.CsrfTokenResponse, S['CsrfTokenResponse']>>,
  // `invitation` is typed from the schema in features/auth/api/start-magic-link.ts (types.ts is being generated).
  Agree<Mismatch<T.MagicLinkStartRequest & Pick<S['MagicLinkStartRequest'], 'invitation'>, S['MagicLinkStartRequest']>>,
  Agree<Mismatch<T.MagicLinkStartResponse, S['MagicLinkStartResponse']>>,
  Agree<Mismatch<T.MagicLinkVerifyRequest, S['MagicLinkVerifyRequest']>>,
  Agree<Mismatch<T.MagicLinkVerifyResponse, S['MagicLinkVerifyResponse']>>,
  Agree<Mismatch<T.Session, S['SessionItem']>>,
  Agree<Mismatch<T.SessionsResponse, S['SessionList']>>,
  Agree<Mismatch<T.Passkey, S['PasskeyResponse']>>,
  Agree<Mismatch<T.PasskeysResponse, S['PasskeyList']>>,
  Agree<Mismatch<T.RenamePasskeyRequest, S['RenamePasskeyRequest']>>,
  Agree<Mismatch<T.RegistrationStartResponse, S['CeremonyStart']>>,
  Agree<Mismatch<T.RegistrationFinishRequest, S['RegisterFinishRequest']>>,
  Agree<Mismatch<T.RegisteredPasskey, S['RegisteredPasskeyResponse']>>,
  Agree<Mismatch<T.AuthenticationStartRequest, S['AuthenticateStartRequest']>>,
  Agree<Mismatch<T.AuthenticationStartResponse, S['CeremonyStart']>>,
  Agree<Mismatch<T.AuthenticationFinishRequest, S['AuthenticateFinishRequest']>>,
  Agree<Mismatch<T.AuthenticationFinishResponse, S['UserEnvelope']>>,
  Agree<Mismatch<T.LoginEvent, S['LoginEventItem']>>,
  Agree<Mismatch<T.LoginEventsResponse, S['LoginEventPage']>>,
  Agree<Mismatch<T.MailboxMessage, S['DevMailboxItem']>>,
  Agree<Mismatch<T.MailboxResponse, S['DevMailboxResponse']>>,
  Agree<Mismatch<T.InstanceResponse, S['InstanceResponse']>>,
  Agree<Mismatch<T.UpdateAccountRequest, S['UpdateAccountRequest']>>,
  Agree<Mismatch<T.Exercise, S['ExerciseItem']>>,
  Agree<Mismatch<T.ExercisesResponse, S['ExerciseList']>>,
  Agree<Mismatch<T.CreateExerciseRequest, S['CreateExerciseRequest']>>,
  Agree<Mismatch<T.UpdateExerciseRequest, S['UpdateExerciseRequest']>>,
  Agree<Mismatch<T.LastPerformance, S['LastPerformance']>>,
  Agree<Mismatch<T.PreviousExercise, S['PreviousExercise']>>,
  Agree<Mismatch<T.PreviousList, S['PreviousList']>>,
  Agree<Mismatch<T.SetWorkoutExercisesRequest, S['SetWorkoutExercisesRequest']>>,
  Agree<Mismatch<T.TemplateSummary, S['TemplateSummary']>>,
  Agree<Mismatch<T.Program, S['ProgramResponse']>>,
  Agree<Mismatch<T.ProgramsResponse, S['ProgramList']>>,
  Agree<Mismatch<T.CreateProgramRequest, S['ProgramRequest']>>,
  Agree<Mismatch<T.Template, S['TemplateResponse']>>,
  Agree<Mismatch<T.WorkoutSet, S['SetResponse']>>,
  Agree<Mismatch<T.Workout, S['WorkoutResponse']>>,
  Agree<Mismatch<T.StartWorkoutRequest, S['StartWorkoutRequest']>>,
  Agree<Mismatch<T.WorkoutListItem, S['WorkoutListItem']>>,
  Agree<Mismatch<T.WorkoutsResponse, S['WorkoutPage']>>,
  Agree<Mismatch<T.UpdateWorkoutRequest, S['UpdateWorkoutRequest']>>,
  Agree<Mismatch<T.PutSetRequest, S['PutSetRequest']>>,
  Agree<Mismatch<T.WorkoutSummary, S['WorkoutSummary']>>,
  Agree<Mismatch<T.CompleteWorkoutResponse, S['CompletedWorkout']>>,
  Agree<Mismatch<T.AbandonWorkoutResponse, S['AbandonedWorkout']>>,
  Agree<Mismatch<T.NewExercise, S['NewExercise']>>,
  Agree<Mismatch<T.ImportExercise, S['ImportExerciseResponse']>>,
  Agree<Mismatch<T.SkippedLine, S['SkippedLine']>>,
  Agree<Mismatch<T.ImportResult, S['ImportResult']>>,
  Agree<Mismatch<T.ImportPreview, S['ImportPreviewResponse']>>,
  Agree<Mismatch<T.ImportMappingRequest, S['ImportMappingRequest']>>,
  Agree<Mismatch<T.ImportCommitResponse, S['ImportCommitResponse']>>,
  Agree<Mismatch<T.DeleteAccountRequest, S['DeleteAccountRequest']>>,
];
