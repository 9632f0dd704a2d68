import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Pager } from '../../../components/pager';
import { QueryView } from '../../../components/query-view';
import { useAccount } from '../../../lib/account/get-account';
import { useExerciseRecords } from '../../../lib/analytics/get-exercise-records';
import { isApiError } from '../../../lib/api/api-error';
import type { ExerciseHistorySession, ExerciseRecords, HistorySet, ProgressMetric, ProgressPoint, RecordValue, WeightUnit } from '../../../lib/api/types';
import { useExercises } from '../../../lib/exercises/get-exercises';
import { addDays, formatDay, formatShortDays, todayIn } from '../../../lib/format';
import { equipmentLabel, muscleLabel } from '../../../lib/training-labels';
import { formatVolume, formatWeight } from '../../../lib/units';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useExerciseHistory } from '../api/get-exercise-history';
import { asKind, formatDistance, formatDuration, formatSet, usesReps, type ExerciseKind } from '../../../lib/exercise-kinds';
import type { components } from '../../../lib/api/schema';
import { useExercise } from '../api/get-exercise';
import { useExerciseProgress } from '../api/get-exercise-progress';
import { ExerciseAbout } from './exercise-about';
import { ChartPanel } from './chart-panel';
import { SegmentedControl } from './segmented-control';
import { SubPage } from './sub-page';
import { METRICS, metricValue, RANGES, withUnit, type Range } from './values';

const HISTORY_PAGE_SIZE = 10;
const REP_COUNTS = Array.from({ length: 12 }, (_, i) => i + 1);

/** `/exercises/:exerciseId`: records, rep maxes, the progress chart and every session of one exercise. */
export function ExerciseScreen() {
  const { exerciseId = '' } = useParams();
  const account = useAccount();
  const unit = account.data?.unit ?? 'kg';
  const catalogue = useExercises({ includeArchived: true });
  const exercise = catalogue.data?.items.find((e) => e.id === exerciseId);
  const records = useExerciseRecords(exerciseId);
  const detail = useExercise(exerciseId);
  const kind = asKind(detail.data?.kind);
  useDocumentTitle(exercise?.name ?? 'Exercise');

  if (isApiError(records.error) && records.error.status === 404) {
    return (
      <div className="page">
        <h1>Exercise not found</h1>
        <p>
          It may have been deleted. <Link to="/exercises">Browse exercises</Link>
        </p>
      </div>
    );
  }

  return (
    <SubPage
      title={exercise?.name ?? (catalogue.isPending ? 'Loading…' : 'Exercise')}
      intro={exercise && [...exercise.primaryMuscles.map(muscleLabel), equipmentLabel(exercise.equipment)].join(' · ')}
    >
      {detail.data && <ExerciseAbout exercise={detail.data} />}
      <section className="section" aria-labelledby="records-title">
        <h2 id="records-title">Records</h2>
        <QueryView query={records} label="Loading records">
          {(data) => <RecordsView records={data} unit={unit} />}
        </QueryView>
      </section>
      {/* The chart's metrics (e1RM, top set, volume) come from reps, which timed and distance kinds do not have. */}
      {usesReps(kind) && <ProgressSection exerciseId={exerciseId} unit={unit} today={todayIn(account.data?.timeZone)} />}
      {records.data && records.data.heaviestKg !== null && <RepMaxes records={records.data} unit={unit} />}
      <HistorySection exerciseId={exerciseId} unit={unit} kind={kind} />
    </SubPage>
  );
}

function RecordStat({ label, record, format }: { label: string; record: RecordValue | null; format: (value: number) => string }) {
  return (
    <div className="stat">
      <dt className="stat__label">{label}</dt>
      <dd className="stat__value">{record ? format(record.value) : '—'}</dd>
      {record && (
        <dd className="stat__note muted">
          <Link to={`/workouts/${record.workoutId}`}>{formatDay(record.achievedAt.slice(0, 10))}</Link>
        </dd>
      )}
    </div>
  );
}

/** Records of timed and distance sets (types.ts predates them). */
type EnduranceRecords = Pick<components['schemas']['ExerciseRecords'], 'longestDurationSeconds' | 'longestDistanceM'>;

function RecordsView({ records, unit }: { records: ExerciseRecords & Partial<EnduranceRecords>; unit: WeightUnit }) {
  const longest = records.longestDurationSeconds ?? null;
  const farthest = records.longestDistanceM ?? null;
  if (records.heaviestKg === null && records.mostReps === null && (longest || farthest)) {
    return (
      <dl className="stat-grid stat-grid--records">
        {longest && <RecordStat label="Longest time" record={longest} format={formatDuration} />}
        {farthest && <RecordStat label="Longest distance" record={farthest} format={(m) => formatDistance(m, unit)} />}
      </dl>
    );
  }
  if (records.heaviestKg === null && records.mostReps === null) {
    return (
      <div className="empty-state">
        <p>No records yet. Your first working set of this exercise sets them; later sets that beat them are marked PR.</p>
      </div>
    );
  }
  const weight = (kg: number) => formatWeight(kg, unit);
  const volume = (kg: number) => formatVolume(kg, unit);
  return (
    <dl className="stat-grid stat-grid--records">
      <RecordStat label="Heaviest" record={records.heaviestKg} format={weight} />
      <RecordStat label="Best e1RM" record={records.bestE1rmKg} format={weight} />
      <RecordStat label="Most reps" record={records.mostReps} format={(reps) => `${reps} reps`} />
      <RecordStat label="Best set volume" record={records.bestSetVolumeKg} format={volume} />
      <RecordStat label="Best session volume" record={records.bestSessionVolumeKg} format={volume} />
    </dl>
  );
}

function RepMaxes({ records, unit }: { records: ExerciseRecords; unit: WeightUnit }) {
  const byReps = new Map(records.repMaxes.map((r) => [r.reps, r]));
  return (
    <section className="section" aria-labelledby="rep-maxes-title">
      <h2 id="rep-maxes-title">Rep maxes</h2>
      <p className="muted">The heaviest weight you have lifted for each number of reps.</p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Rep max</th>
              <th scope="col" className="num">
                Weight
              </th>
              <th scope="col">Date</th>
            </tr>
          </thead>
          <tbody>
            {REP_COUNTS.map((reps) => {
              const max = byReps.get(reps);
              return (
                <tr key={reps}>
                  <th scope="row">{repMaxLabel(reps)}</th>
                  <td className="num">{max ? formatWeight(max.weightKg, unit) : '—'}</td>
                  <td>{max ? <Link to={`/workouts/${max.workoutId}`}>{formatDay(max.achievedAt.slice(0, 10))}</Link> : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The lifters' name for the heaviest weight lifted for a number of reps: "3RM". */
function repMaxLabel(reps: number): string {
  return `${reps}RM`;
}

function progressSummary(points: ProgressPoint[], title: string, format: (value: number) => string): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return `${title}: no sessions in this range.`;
  const best = Math.max(...points.map((p) => p.value));
  return `${title} over ${points.length} ${points.length === 1 ? 'session' : 'sessions'}, from ${format(first.value)} on ${formatDay(first.date)} to ${format(last.value)} on ${formatDay(last.date)}; best ${format(best)}.`;
}

function ProgressSection({ exerciseId, unit, today }: { exerciseId: string; unit: WeightUnit; today: string }) {
  const [metric, setMetric] = useState<ProgressMetric>('e1rm');
  const [range, setRange] = useState<Range>('1y');
  const days = RANGES.find((r) => r.value === range)?.days ?? null;
  const from = days === null ? undefined : addDays(today, -days);
  const progress = useExerciseProgress(exerciseId, metric, from);
  const title = METRICS.find((m) => m.value === metric)?.title ?? metric;

  const points = useMemo(
    () => (progress.data?.items ?? []).map((p) => ({ ...p, value: metricValue(metric, p.value, unit) })),
    [progress.data, metric, unit],
  );
  const data = useMemo(
    () => ({ kind: 'line' as const, labels: formatShortDays(points.map((p) => p.date)), series: [{ name: `${title} (${unit})`, values: points.map((p) => p.value) }] }),
    [points, title, unit],
  );
  const format = (value: number) => withUnit(value, unit);

  return (
    <section className="section" aria-label="Progress">
      <div className="switches">
        <SegmentedControl label="Metric" options={METRICS} value={metric} onChange={setMetric} />
        <SegmentedControl label="Range" options={RANGES} value={range} onChange={setRange} />
      </div>
      <QueryView query={progress} label="Loading progress">
        {() =>
          points.length === 0 ? (
            <div className="empty-state">
              <p>No sessions in this range yet.</p>
            </div>
          ) : (
            <ChartPanel title={`${title} (${unit})`} data={data} columnLabel="Date" formatValue={format} summary={progressSummary(points, title, format)} />
          )
        }
      </QueryView>
    </section>
  );
}

/** "100 kg × 5 @8", "BW × 12", "1:30", "40 kg × 50 m": by what the exercise measures (types.ts predates time and distance). */
function historySetText(set: HistorySet & Partial<Pick<components['schemas']['HistorySet'], 'durationSeconds' | 'distanceM'>>, kind: ExerciseKind, unit: WeightUnit): string {
  // Before kinds, a set without a load read as bodyweight whatever its exercise.
  return formatSet(set, kind === 'weight_reps' && set.weightKg === 0 ? 'bodyweight_reps' : kind, unit);
}

function SessionCard({ session, unit, kind }: { session: ExerciseHistorySession; unit: WeightUnit; kind: ExerciseKind }) {
  return (
    <li className="card history-session">
      <h3 className="card__title">
        <Link to={`/workouts/${session.workoutId}`}>{formatDay(session.date)}</Link>
      </h3>
      <ol className="history-sets">
        {session.sets.map((set) => (
          <li key={set.id} className="history-set">
            <span className="history-set__type" aria-label={set.setType === 'warmup' ? 'Warm-up' : undefined}>
              {set.setType === 'warmup' ? 'W' : ''}
            </span>
            <span>{historySetText(set, kind, unit)}</span>
            {set.e1rmKg !== null && set.setType !== 'warmup' && <span className="muted">e1RM {formatWeight(set.e1rmKg, unit)}</span>}
          </li>
        ))}
      </ol>
    </li>
  );
}

function HistorySection({ exerciseId, unit, kind }: { exerciseId: string; unit: WeightUnit; kind: ExerciseKind }) {
  const [page, setPage] = useState(1);
  const history = useExerciseHistory(exerciseId, page, HISTORY_PAGE_SIZE);
  return (
    <section className="section" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <QueryView query={history} label="Loading history" rows={3}>
        {(data) =>
          data.items.length === 0 ? (
            <div className="empty-state">
              <p>Not done in a finished workout yet.</p>
            </div>
          ) : (
            <>
              <ul className="card-list" aria-label="Sessions, newest first" aria-busy={history.isFetching}>
                {data.items.map((session) => (
                  <SessionCard key={session.workoutId} session={session} unit={unit} kind={kind} />
                ))}
              </ul>
              <Pager label="Exercise history pages" page={page} pageSize={HISTORY_PAGE_SIZE} total={data.total} busy={history.isFetching} onPage={setPage} />
            </>
          )
        }
      </QueryView>
    </section>
  );
}
