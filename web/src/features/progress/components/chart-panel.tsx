import { lazy, Suspense, useId, useState } from 'react';
import type { ChartData } from './chart-types';
import { SegmentedControl } from './segmented-control';
import { formatAxis as compactNumber } from './values';

const Chart = lazy(() => import('./chart'));

type View = 'chart' | 'table';
const VIEWS: { value: View; label: string }[] = [
  { value: 'chart', label: 'Chart' },
  { value: 'table', label: 'Table' },
];

/**
 * A chart with a "Table" switch that lists the same numbers in an accessible table. The chart is an
 * image with a one-line summary for screen readers; its code loads only when a chart is shown.
 */
export function ChartPanel({
  title,
  data,
  columnLabel,
  formatValue,
  formatAxis = compactNumber,
  summary,
}: {
  title: string;
  data: ChartData;
  /** The header of the label column: "Date", "Week". */
  columnLabel: string;
  /** A table cell: "102.5 kg". */
  formatValue: (value: number) => string;
  /** An axis tick: "102.5", "12.3K" by default. */
  formatAxis?: (value: number) => string;
  summary: string;
}) {
  const [view, setView] = useState<View>('chart');
  const titleId = useId();
  return (
    <section className="chart-panel" aria-labelledby={titleId}>
      <div className="chart-panel__head">
        <h2 id={titleId} className="chart-panel__title">
          {title}
        </h2>
        <SegmentedControl label={`${title}: show as`} options={VIEWS} value={view} onChange={setView} />
      </div>
      {view === 'chart' ? (
        <div role="img" aria-label={`${summary} Choose Table for every value.`} className="chart-frame">
          <Suspense fallback={<div className="chart chart--loading" />}>
            <Chart data={data} formatAxis={formatAxis} />
          </Suspense>
        </div>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{columnLabel}</th>
                {data.series.map((s) => (
                  <th key={s.name} scope="col" className="num">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.labels.map((label, row) => (
                <tr key={`${label}-${row}`}>
                  <th scope="row">{label}</th>
                  {data.series.map((s) => {
                    const value = s.values[row];
                    return (
                      <td key={s.name} className="num">
                        {value === null || value === undefined ? '—' : formatValue(value)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
