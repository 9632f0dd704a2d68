import { Link } from 'react-router';
import { QueryView } from '../../../components/query-view';
import { useWeightUnit } from '../../../lib/account/get-account';
import type { Correlation, Insights, WeightUnit } from '../../../lib/api/types';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useInsights } from '../api/get-insights';
import {
  chanceNote,
  correlationSentence,
  formatCoefficient,
  pValueText,
  formatSignedRate,
  METRIC_LABELS,
  NOT_CAUSATION,
  plateauSentence,
  trendVerdict,
} from './insight-text';
import { SubPage } from './sub-page';
import { useExerciseNames } from './use-exercise-names';

const MIN_PAIRED_DAYS = 10;

/** `/insights`: how daily metrics move with performance, strength trends with their uncertainty, plateaus. */
export function InsightsScreen() {
  useDocumentTitle('Insights');
  const insights = useInsights();
  const unit = useWeightUnit();
  return (
    <SubPage title="Insights" intro="What your log shows, with the numbers to check it.">
      <QueryView query={insights} label="Loading insights" rows={3}>
        {(data) => <InsightsView insights={data} unit={unit} />}
      </QueryView>
    </SubPage>
  );
}

function InsightsView({ insights, unit }: { insights: Insights; unit: WeightUnit }) {
  const nameOf = useExerciseNames();
  const trends = [...insights.trends].sort((a, b) => nameOf(a.exerciseId).localeCompare(nameOf(b.exerciseId)) || a.windowWeeks - b.windowWeeks);
  return (
    <>
      <section className="section" aria-labelledby="correlations-title">
        <h2 id="correlations-title">Daily metrics and your lifts</h2>
        {insights.correlations.length === 0 ? (
          <div className="empty-state">
            <p>
              <strong>Not enough paired days yet.</strong> A link between, say, sleep and your lifts needs at least {MIN_PAIRED_DAYS} days
              on which you both logged that metric and finished a workout.
            </p>
            <p>
              <Link to="/body">Log today’s sleep, energy or weight</Link>
            </p>
          </div>
        ) : (
          <ul className="card-list" aria-label="Correlations">
            {insights.correlations.map((c) => (
              <CorrelationCard key={c.metric} correlation={c} />
            ))}
          </ul>
        )}
        <p className="muted small">
          Performance is each session’s best e1RM per exercise against that exercise’s best of the 28 days before, averaged over the
          session; r is Pearson’s, ρ Spearman’s.
        </p>
      </section>
      <section className="section" aria-labelledby="trends-title">
        <h2 id="trends-title">Strength trends</h2>
        {trends.length === 0 ? (
          <div className="empty-state">
            <p>A trend needs at least 4 sessions of an exercise within 4, 8 or 12 weeks.</p>
          </div>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Change of the best e1RM per week, with its 95 % confidence interval</caption>
              <thead>
                <tr>
                  <th scope="col">Exercise</th>
                  <th scope="col" className="num">
                    Weeks
                  </th>
                  <th scope="col" className="num">
                    {unit}/week
                  </th>
                  <th scope="col" className="num">
                    95 % CI
                  </th>
                  <th scope="col" className="num">
                    n
                  </th>
                </tr>
              </thead>
              <tbody>
                {trends.map((t) => (
                  <tr key={`${t.exerciseId}-${t.windowWeeks}`}>
                    <th scope="row">
                      <Link to={`/exercises/${t.exerciseId}`}>{nameOf(t.exerciseId)}</Link>
                      <span className="muted small block">{trendVerdict(t)}</span>
                    </th>
                    <td className="num">{t.windowWeeks}</td>
                    <td className="num">{formatSignedRate(t.slopeKgPerWeek, unit)}</td>
                    <td className="num">
                      {formatSignedRate(t.ciLowKgPerWeek, unit)} to {formatSignedRate(t.ciHighKgPerWeek, unit)}
                    </td>
                    <td className="num">{t.n}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="section" aria-labelledby="plateaus-title">
        <h2 id="plateaus-title">Plateaus</h2>
        {insights.plateaus.length === 0 ? (
          <p className="muted">No plateaus: no exercise done 6 or more times in the last 6 weeks has stalled.</p>
        ) : (
          <ul className="note-list">
            {insights.plateaus.map((p) => (
              <li key={p.exerciseId} className="note note--warning">
                <Link to={`/exercises/${p.exerciseId}`}>{plateauSentence(nameOf(p.exerciseId), p, unit)}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function CorrelationCard({ correlation: c }: { correlation: Correlation }) {
  const chance = chanceNote(c);
  return (
    <li className="card">
      <h3 className="card__title">{METRIC_LABELS[c.metric]}</h3>
      <p>
        {correlationSentence(c)} {NOT_CAUSATION}
        {chance && ` ${chance}`}
      </p>
      <dl className="numbers">
        <div>
          <dt>n</dt>
          <dd>{c.n}</dd>
        </div>
        <div>
          <dt>r</dt>
          <dd>{formatCoefficient(c.pearsonR)}</dd>
        </div>
        <div>
          <dt>ρ</dt>
          <dd>{formatCoefficient(c.spearmanRho)}</dd>
        </div>
        <div>
          <dt>p</dt>
          <dd>{pValueText(c.pValue)}</dd>
        </div>
      </dl>
    </li>
  );
}
