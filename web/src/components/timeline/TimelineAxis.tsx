import dayjs from 'dayjs';
import { useRef } from 'react';
import { tickStepMs, tickTimes, xOf, type TimeView } from './time-view.ts';
import { useElementWidth } from './useElementWidth.ts';

const AXIS_HEIGHT = 22;

/** Labels: hours and minutes, seconds once the ticks are closer than a minute. */
function tickLabel(ms: number, stepMs: number): string {
  return dayjs(ms).format(stepMs < 60_000 ? 'HH:mm:ss' : 'HH:mm');
}

/** The time axis above the tracks: ticks counted from local midnight (`originMs`). */
export function TimelineAxis({ view, originMs }: { view: TimeView; originMs: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const step = tickStepMs(view, width);
  const ticks = width > 0 ? tickTimes(view, step, originMs) : [];
  return (
    <div ref={ref} aria-hidden style={{ position: 'relative', height: AXIS_HEIGHT }}>
      <svg width={width} height={AXIS_HEIGHT} style={{ display: 'block', overflow: 'visible' }}>
        <line x1={0} x2={width} y1={AXIS_HEIGHT - 0.5} y2={AXIS_HEIGHT - 0.5} stroke="#d9d9d9" />
        {ticks.map((ms) => {
          const x = xOf(ms, view, width);
          return (
            <g key={ms}>
              <line x1={x} x2={x} y1={AXIS_HEIGHT - 6} y2={AXIS_HEIGHT} stroke="#8c8c8c" />
              <text
                x={x}
                y={AXIS_HEIGHT - 9}
                fontSize={11}
                fill="#595959"
                textAnchor={x < 20 ? 'start' : x > width - 20 ? 'end' : 'middle'}
                style={{ fontVariantNumeric: 'tabular-nums' }}
              >
                {tickLabel(ms, step)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
