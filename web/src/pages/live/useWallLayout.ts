import { useCallback, useEffect, useState } from 'react';
import type { LiveStream } from '../../components/player/useLiveMsePlayer.ts';
import type { TileContent } from './LiveTile.tsx';

/** Tiles per wall: 1×1, 2×2, 3×3, 4×4. */
export const LAYOUTS = [1, 4, 9, 16] as const;
/** One of LAYOUTS. */
export type Layout = (typeof LAYOUTS)[number];
const MAX_TILES = 16;

interface Wall {
  layout: Layout;
  /** Always MAX_TILES long: a smaller layout hides (and stops) the tiles past it but keeps them. */
  tiles: (TileContent | null)[];
}

const emptyWall = (): Wall => ({ layout: 4, tiles: Array.from({ length: MAX_TILES }, () => null) });

function isTile(v: unknown): v is TileContent {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o['cameraId'] === 'string' && (o['stream'] === 'main' || o['stream'] === 'sub');
}

function load(key: string): Wall {
  try {
    const raw = JSON.parse(localStorage.getItem(key) ?? 'null') as unknown;
    if (typeof raw !== 'object' || raw === null) return emptyWall();
    const o = raw as Record<string, unknown>;
    const layout = LAYOUTS.find((l) => l === o['layout']) ?? 4;
    const saved = Array.isArray(o['tiles']) ? (o['tiles'] as unknown[]) : [];
    return { layout, tiles: Array.from({ length: MAX_TILES }, (_, i) => (isTile(saved[i]) ? saved[i] : null)) };
  } catch {
    // A damaged saved wall is replaced by an empty one.
    return emptyWall();
  }
}

/** The wall's layout and tiles, kept per user in the browser so the wall survives a reload. */
export function useWallLayout(userId: string) {
  const key = `psvis.liveWall.${userId}`;
  const [wall, setWall] = useState<Wall>(() => load(key));
  useEffect(() => {
    localStorage.setItem(key, JSON.stringify(wall));
  }, [key, wall]);

  const setLayout = useCallback((layout: Layout) => {
    setWall((w) => ({ ...w, layout }));
  }, []);
  const setTile = useCallback((index: number, content: TileContent | null) => {
    setWall((w) => ({ ...w, tiles: w.tiles.map((t, i) => (i === index ? content : t)) }));
  }, []);
  const setStream = useCallback((index: number, stream: LiveStream) => {
    setWall((w) => ({ ...w, tiles: w.tiles.map((t, i) => (i === index && t !== null ? { ...t, stream } : t)) }));
  }, []);
  const clear = useCallback(() => {
    setWall((w) => ({ ...w, tiles: w.tiles.map(() => null) }));
  }, []);
  return { layout: wall.layout, tiles: wall.tiles.slice(0, wall.layout), setLayout, setTile, setStream, clear };
}
