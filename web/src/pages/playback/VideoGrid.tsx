import { useEffect, useRef, useState, type ReactNode } from 'react';

const ASPECT = 16 / 9;

/** Columns for `n` pictures in a w×h box so that each 16:9 picture is as large as it can be. */
export function bestColumns(n: number, w: number, h: number): number {
  let best = 1;
  let bestWidth = 0;
  for (let cols = 1; cols <= Math.max(1, n); cols++) {
    const rows = Math.ceil(n / cols);
    const width = Math.min(w / cols, (h / rows) * ASPECT);
    if (width > bestWidth + 0.5) {
      best = cols;
      bestWidth = width;
    }
  }
  return best;
}

/**
 * The videos of a sitting: one to four, laid out in the columns that give each the largest
 * picture in the space there is (a row of four on a laptop, two by two on a tall screen).
 */
export function VideoGrid({ count, children }: { count: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ w: 0, h: 0 });
  useEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const observer = new ResizeObserver((entries) => {
      const r = entries[0]?.contentRect;
      if (r !== undefined) setSize({ w: r.width, h: r.height });
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
    };
  }, []);
  const cols = bestColumns(count, size.w, size.h);
  return (
    <div
      ref={ref}
      style={{
        display: 'grid',
        gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))`,
        gridAutoRows: 'minmax(0, 1fr)',
        gap: 4,
        height: 'max(220px, calc(100vh - 480px))',
        background: '#000',
      }}
    >
      {children}
    </div>
  );
}
