// A small column chart in plain SVG: a handful of values a person compares at a glance (the last
// week's availability), where a chart library would be most of the page's weight.

/** One column. */
export interface Bar {
  key: string;
  /** Under the column (a day, a name). */
  label: string;
  /** Between 0 and the chart's max; null draws an empty, dashed column (no data). */
  value: number | null;
  /** The value as text, above the column and in its tooltip. */
  valueLabel: string;
}

const WIDTH = 420;
const HEIGHT = 180;
const TOP = 18;
const BOTTOM = 22;
const LEFT = 4;

/**
 * Columns scaled to `max`, each with its value above and its label below. Screen readers get one
 * sentence (`summary`) instead of the drawing; `title` is the tooltip of the whole chart.
 */
export function BarChart({
  title,
  summary,
  bars,
  max = 1,
  colorOf = () => '#1677ff',
  testId,
}: {
  title: string;
  summary: string;
  bars: readonly Bar[];
  max?: number;
  colorOf?: (value: number) => string;
  testId?: string;
}) {
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT) / Math.max(bars.length, 1);
  const barWidth = Math.min(40, slot * 0.6);
  return (
    <svg
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      style={{ display: 'block', maxHeight: 220 }}
      data-testid={testId}
    >
      <title>{title}</title>
      <line x1={0} x2={WIDTH} y1={TOP + plotHeight} y2={TOP + plotHeight} stroke="#d9d9d9" />
      {bars.map((b, i) => {
        const x = LEFT + i * slot + (slot - barWidth) / 2;
        const cx = x + barWidth / 2;
        const v = b.value === null ? null : Math.max(0, Math.min(b.value, max));
        const h = v === null ? plotHeight : (v / max) * plotHeight;
        return (
          <g key={b.key}>
            <title>{`${b.label}: ${b.valueLabel}`}</title>
            {v === null ? (
              <rect x={x} y={TOP} width={barWidth} height={h} fill="none" stroke="#bfbfbf" strokeDasharray="4 3" />
            ) : (
              <rect x={x} y={TOP + plotHeight - h} width={barWidth} height={Math.max(h, 1)} fill={colorOf(v)} rx={2} />
            )}
            <text
              x={cx}
              y={v === null ? TOP + plotHeight / 2 : TOP + plotHeight - h - 4}
              textAnchor="middle"
              fontSize={11}
              fill="#595959"
            >
              {b.valueLabel}
            </text>
            <text x={cx} y={HEIGHT - 6} textAnchor="middle" fontSize={11} fill="#8c8c8c">
              {b.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
