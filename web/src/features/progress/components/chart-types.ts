/** What a chart draws and its table view lists: one row per label, one column per series. */
export interface ChartData {
  kind: 'line' | 'bar';
  /** The x axis: dates or weeks, already formatted for people. */
  labels: string[];
  /** Values in the user's unit; null where a series has no value for that label. */
  series: { name: string; values: (number | null)[] }[];
}
