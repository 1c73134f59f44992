// One horizontal bar of days against a floor: how long a volume holds footage at the current rate,
// with a marker at the retention floor the law sets, so "enough or not" reads without numbers.

const WIDTH = 420;
const HEIGHT = 56;
const BAR_Y = 20;
const BAR_HEIGHT = 16;
/** The scale shows at least this much beyond the floor, so the marker never sits at the edge. */
const HEADROOM = 1.5;
/** Beyond this many floors the bar is drawn full and marked as running off the scale. */
const MAX_FLOORS_SHOWN = 3;

/**
 * `days` (null: unknown, drawn as an empty outline) as a bar, `floorDays` as a marker labelled
 * `floorLabel`; red when `warning`. Screen readers get `summary`; `title` is the tooltip.
 */
export function DaysBar({
  title,
  summary,
  days,
  floorDays,
  daysLabel,
  floorLabel,
  warning,
  testId,
}: {
  title: string;
  summary: string;
  days: number | null;
  floorDays: number;
  daysLabel: string;
  floorLabel: string;
  warning: boolean;
  testId?: string;
}) {
  const scale =
    floorDays > 0
      ? Math.max(floorDays * HEADROOM, Math.min(days ?? 0, floorDays * MAX_FLOORS_SHOWN))
      : Math.max(days ?? 0, 1);
  const offScale = days !== null && days > scale;
  const barWidth = days === null ? 0 : (Math.min(days, scale) / scale) * WIDTH;
  const floorX = floorDays > 0 ? (floorDays / scale) * WIDTH : null;
  const color = warning ? '#ff4d4f' : '#52c41a';
  return (
    <svg
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      style={{ display: 'block', maxHeight: 80 }}
      data-testid={testId}
    >
      <title>{title}</title>
      <rect x={0} y={BAR_Y} width={WIDTH} height={BAR_HEIGHT} fill="#f5f5f5" rx={3} />
      {days === null ? (
        <rect x={0} y={BAR_Y} width={WIDTH} height={BAR_HEIGHT} fill="none" stroke="#bfbfbf" strokeDasharray="4 3" />
      ) : (
        <rect x={0} y={BAR_Y} width={Math.max(barWidth, 2)} height={BAR_HEIGHT} fill={color} rx={3} />
      )}
      {offScale && (
        <path
          d={`M${WIDTH - 14} ${BAR_Y + 3} l6 5 l-6 5 M${WIDTH - 8} ${BAR_Y + 3} l6 5 l-6 5`}
          stroke="#fff"
          strokeWidth={2}
          fill="none"
        />
      )}
      <text
        x={Math.min(Math.max(barWidth, 4), WIDTH - 4)}
        y={BAR_Y - 6}
        textAnchor={barWidth > WIDTH / 2 ? 'end' : 'start'}
        fontSize={12}
        fill="#262626"
      >
        {daysLabel}
      </text>
      {floorX !== null && (
        <g>
          <line x1={floorX} x2={floorX} y1={BAR_Y - 4} y2={BAR_Y + BAR_HEIGHT + 4} stroke="#262626" strokeWidth={2} />
          <text
            x={floorX}
            y={BAR_Y + BAR_HEIGHT + 16}
            textAnchor={floorX > WIDTH * 0.8 ? 'end' : 'middle'}
            fontSize={11}
            fill="#595959"
          >
            {floorLabel}
          </text>
        </g>
      )}
    </svg>
  );
}
