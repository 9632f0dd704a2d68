import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { QueryView } from '../../../components/query-view';
import { useAccount } from '../../../lib/account/get-account';
import { describePr, groupBySet } from '../../../lib/analytics/personal-records';
import type { Plateau, Trend, VolumeItem, WeightUnit } from '../../../lib/api/types';
import { addDays, formatDay, formatShortDays, mondayOf, todayIn } from '../../../lib/format';
import { muscleLabel } from '../../../lib/training-labels';
import { fromKg } from '../../../lib/units';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDailyMetrics } from '../api/get-daily-metrics';
import { useInsights } from '../api/get-insights';
import { usePrs } from '../api/get-prs';
import { useVolume } from '../api/get-volume';
import { bodyWeightTrend } from './body-weight';
import { ChartPanel } from './chart-panel';
import { longestTrends, plateauSentence, trendSentence } from './insight-text';
import { SegmentedControl } from './segmented-control';
import { useExerciseNames } from './use-exercise-names';
import { withUnit } from './values';

const VOLUME_WEEKS = 12;
const PR_DAYS = 28;
const WEIGHT_DAYS = 90;

/** `/progress`: weekly volume by muscle, recent PRs, the body-weight trend and notes on trends and plateaus. */
export function ProgressScreen() {
  useDocumentTitle('Progress');
  const account = useAccount();
  const unit = account.data?.unit ?? 'kg';
  const today = todayIn(account.data?.timeZone);
  return (
    <div className="page">
      <header className="page-header">
        <h1>Progress</h1>
        <p className="muted">Are you getting stronger? Tap an exercise for its records and chart.</p>
      </header>
      <ul className="link-row" aria-label="More on progress">
        <li>
          <Link to="/body" className="button button--secondary">
            Body
          </Link>
        </li>
        <li>
          <Link to="/insights" className="button button--secondary">
            Insights
          </Link>
        </li>
      </ul>
      <NotesSection unit={unit} />
      <RecentPrs unit={unit} from={addDays(today, -PR_DAYS)} />
      <WeeklyVolume unit={unit} today={today} />
      <BodyWeight unit={unit} from={addDays(today, -WEIGHT_DAYS)} />
    </div>
  );
}

function NotesSection({ unit }: { unit: WeightUnit }) {
  const insights = useInsights();
  return (
    <QueryView query={insights} label="Loading notes" rows={1}>
      {(data) => <Notes trends={longestTrends(data.trends)} plateaus={data.plateaus} unit={unit} />}
    </QueryView>
  );
}

function Notes({ trends, plateaus, unit }: { trends: Trend[]; plateaus: Plateau[]; unit: WeightUnit }) {
  const nameOf = useExerciseNames();
  if (trends.length === 0 && plateaus.length === 0) return null;
  return (
    <section className="section" aria-labelledby="notes-title">
      <h2 id="notes-title">Notes</h2>
      <ul className="note-list">
        {plateaus.map((p) => (
          <li key={`plateau-${p.exerciseId}`} className="note note--warning">
            <Link to={`/exercises/${p.exerciseId}`}>{plateauSentence(nameOf(p.exerciseId), p, unit)}</Link>
          </li>
        ))}
        {trends.map((t) => (
          <li key={`trend-${t.exerciseId}`} className="note">
            <Link to={`/exercises/${t.exerciseId}`}>{trendSentence(nameOf(t.exerciseId), t, unit)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function RecentPrs({ unit, from }: { unit: WeightUnit; from: string }) {
  const prs = usePrs(from);
  const nameOf = useExerciseNames();
  const sets = useMemo(() => groupBySet(prs.data?.items ?? []), [prs.data]);
  return (
    <section className="section" aria-labelledby="prs-title">
      <h2 id="prs-title">Recent records</h2>
      <QueryView query={prs} label="Loading records">
        {() => sets.length === 0 ? (
        <div className="empty-state">
          <p>No new records in the last 4 weeks. Records are set when a working set beats every earlier one.</p>
        </div>
      ) : (
        <ul className="card-list" aria-label="Records of the last 4 weeks">
          {sets.map(([first, ...more]) => (
            <li key={first.setId} className="pr-item">
              <span className="pr-badge" aria-hidden="true">
                🏆
              </span>
              <span className="pr-item__body">
                <Link to={`/exercises/${first.exerciseId}`} className="pr-item__name">
                  {nameOf(first.exerciseId)}
                </Link>
                {[first, ...more].map((pr) => (
                  <span key={pr.type}>{describePr(pr, unit)}</span>
                ))}
                <span className="muted">{formatDay(first.achievedAt.slice(0, 10))}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      </QueryView>
    </section>
  );
}

type VolumeView = 'volume' | 'hardSets';
const VOLUME_VIEWS: { value: VolumeView; label: string }[] = [
  { value: 'volume', label: 'Volume' },
  { value: 'hardSets', label: 'Hard sets' },
];

/** The muscles in the data, most hard sets first. */
function musclesOf(items: readonly VolumeItem[]): string[] {
  const sets = new Map<string, number>();
  for (const item of items) sets.set(item.key, (sets.get(item.key) ?? 0) + item.hardSets);
  return [...sets.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key);
}

function WeeklyVolume({ unit, today }: { unit: WeightUnit; today: string }) {
  const firstWeek = addDays(mondayOf(today), -7 * (VOLUME_WEEKS - 1));
  const volume = useVolume(firstWeek);
  const [chosen, setChosen] = useState<string | null>(null);
  const [view, setView] = useState<VolumeView>('volume');
  const selectId = useId();
  const items = useMemo(() => volume.data?.items ?? [], [volume.data]);
  const muscles = useMemo(() => musclesOf(items), [items]);
  const muscle = chosen && muscles.includes(chosen) ? chosen : (muscles[0] ?? '');

  const data = useMemo(() => {
    const weeks = Array.from({ length: VOLUME_WEEKS }, (_, i) => addDays(firstWeek, 7 * i));
    const byWeek = new Map(items.filter((i) => i.key === muscle).map((i) => [i.weekStart, i]));
    const values = weeks.map((w) => {
      const item = byWeek.get(w);
      if (view === 'hardSets') return item?.hardSets ?? 0;
      return Math.round(fromKg(item?.volumeKg ?? 0, unit));
    });
    const name = view === 'hardSets' ? 'Hard sets' : `Volume (${unit})`;
    return { kind: 'bar' as const, labels: formatShortDays(weeks), series: [{ name, values }] };
  }, [items, muscle, view, unit, firstWeek]);

  const format = (value: number) => (view === 'hardSets' ? value.toLocaleString(undefined, { maximumFractionDigits: 1 }) : withUnit(value, unit));
  const values = data.series[0]?.values ?? [];
  const thisWeek = values.at(-1) ?? 0;
  const title = `Weekly ${view === 'hardSets' ? 'hard sets' : 'volume'}: ${muscleLabel(muscle)}`;

  return (
    <section className="section" aria-labelledby={`${selectId}-title`}>
      <h2 id={`${selectId}-title`}>Weekly volume by muscle</h2>
      <QueryView query={volume} label="Loading volume">
        {() => muscles.length === 0 ? (
        <div className="empty-state">
          <p>No finished workouts in the last {VOLUME_WEEKS} weeks. Each working set adds to the muscles it trains.</p>
        </div>
      ) : (
        <>
          <div className="switches">
            <div className="field field--inline">
              <label htmlFor={selectId}>Muscle</label>
              <select id={selectId} value={muscle} onChange={(e) => setChosen(e.target.value)}>
                {muscles.map((m) => (
                  <option key={m} value={m}>
                    {muscleLabel(m)}
                  </option>
                ))}
              </select>
            </div>
            <SegmentedControl label="Show" options={VOLUME_VIEWS} value={view} onChange={setView} />
          </div>
          <ChartPanel
            title={title}
            data={data}
            columnLabel="Week of"
            formatValue={format}
            summary={`${title}, ${VOLUME_WEEKS} weeks; this week ${format(thisWeek)}, highest ${format(Math.max(...values.map((v) => v ?? 0)))}.`}
          />
          <p className="muted small">A set counts fully for its primary muscles and half for secondary ones; warm-ups never count.</p>
        </>
      )}
      </QueryView>
    </section>
  );
}

/** Body weight in the user's unit to 0.1: a day-to-day change of 0.2 kg should show. */
function bodyWeightIn(kg: number, unit: WeightUnit): number {
  return Math.round(fromKg(kg, unit) * 10) / 10;
}

function BodyWeight({ unit, from }: { unit: WeightUnit; from: string }) {
  const metrics = useDailyMetrics(from);
  const points = useMemo(() => bodyWeightTrend(metrics.data?.items ?? []), [metrics.data]);
  const data = useMemo(
    () => ({
      kind: 'line' as const,
      labels: formatShortDays(points.map((p) => p.date)),
      series: [
        { name: `Body weight (${unit})`, values: points.map((p) => bodyWeightIn(p.weightKg, unit)) },
        { name: `7-day average (${unit})`, values: points.map((p) => bodyWeightIn(p.averageKg, unit)) },
      ],
    }),
    [points, unit],
  );
  const last = points.at(-1);
  return (
    <section className="section" aria-labelledby="weight-title">
      <h2 id="weight-title">Body weight</h2>
      <QueryView query={metrics} label="Loading body weight">
        {() => !last ? (
        <div className="empty-state">
          <p>
            No body weight logged in the last {WEIGHT_DAYS} days. <Link to="/body">Log today’s weight</Link>
          </p>
        </div>
      ) : (
        <>
          <ChartPanel
            title="Body weight and 7-day average"
            data={data}
            columnLabel="Date"
            formatValue={(v) => withUnit(v, unit)}
            summary={`Body weight over ${points.length} days; latest ${withUnit(bodyWeightIn(last.weightKg, unit), unit)} on ${formatDay(last.date)}, 7-day average ${withUnit(bodyWeightIn(last.averageKg, unit), unit)}.`}
          />
          <p>
            <Link to="/body">Log today’s weight</Link>
          </p>
        </>
      )}
      </QueryView>
    </section>
  );
}
