// The only module that imports the charting library: loaded on demand by ChartPanel, so its code
// stays out of the initial bundle. Colours come from chart.css (CSS custom properties, so dark mode follows).
import { BarChart, Interpolation, LineChart, Svg, type BarChartOptions, type LineChartOptions } from 'chartist';
import { useEffect, useRef } from 'react';
import type { ChartData } from './chart-types';
import './chart.css';

// The Content-Security-Policy forbids style attributes. Chartist writes two (the SVG's size and the label boxes'
// overflow), both through Svg#attr; chart.css sets the same, so they are dropped there. Its other styles (the
// label boxes' width and height) go through the CSSOM, which the policy allows.
type Attr = (this: Svg, attributes: Record<string, unknown>, ns?: string) => Svg;
const setAttributes = Svg.prototype.attr as unknown as Attr;
const withoutStyle: Attr = function (attributes, ns) {
  if (typeof attributes !== 'object' || attributes === null || !('style' in attributes)) return setAttributes.call(this, attributes, ns);
  const rest = { ...attributes };
  delete rest.style;
  return setAttributes.call(this, rest, ns);
};
(Svg.prototype as unknown as { attr: Attr }).attr = withoutStyle;

const CHART_HEIGHT = '220px';
/** Room an x-axis label needs: "28 Sept" fits in 64 px; a label with a year gets about 7 px per character. */
const MIN_LABEL_WIDTH = 64;
const PX_PER_CHARACTER = 7;
/** Beyond this many points a line is drawn without dots. */
const MAX_POINTS = 30;

export default function Chart({ data, formatAxis }: { data: ChartData; formatAxis: (value: number) => string }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Label every n-th point, as many as the width has room for (about five on a phone).
    const longest = data.labels.reduce((most, label) => Math.max(most, label.length), 0);
    const labelWidth = Math.max(MIN_LABEL_WIDTH, longest * PX_PER_CHARACTER + 8);
    const room = Math.max(2, Math.floor((element.clientWidth || 320) / labelWidth));
    const every = Math.max(1, Math.ceil(data.labels.length / room));
    const axisX = {
      showGrid: false,
      labelInterpolationFnc: (value: unknown, index: number) => (index % every === 0 ? String(value) : null),
    };
    const axisY = { offset: 48, labelInterpolationFnc: (value: unknown) => formatAxis(Number(value)) };
    const chartData = { labels: data.labels, series: data.series.map((s) => s.values) };
    const chart =
      data.kind === 'bar'
        ? new BarChart(element, chartData, { height: CHART_HEIGHT, axisX, axisY, chartPadding: { top: 12, right: 8, bottom: 0, left: 0 } } satisfies BarChartOptions)
        : new LineChart(element, chartData, {
            height: CHART_HEIGHT,
            axisX,
            axisY,
            fullWidth: true,
            showPoint: data.labels.length <= MAX_POINTS,
            lineSmooth: Interpolation.none({ fillHoles: true }),
            chartPadding: { top: 12, right: 16, bottom: 0, left: 0 },
          } satisfies LineChartOptions);
    return () => {
      chart.detach();
    };
  }, [data, formatAxis]);

  return <div ref={ref} className="chart" />;
}
