import { useCallback, useState } from 'react';
import type { Sitting } from './types.ts';

/**
 * The user's open sitting. The server binds a sitting to this session and keeps one per officer
 * (opening another supersedes it), but has no route to read it back: the console keeps it for the
 * browser tab (sessionStorage, per user) until it is closed or runs out.
 */
export interface CurrentSitting {
  value: Sitting | null;
  set: (s: Sitting) => void;
  clear: () => void;
}

function read(key: string): Sitting | null {
  try {
    const raw = JSON.parse(sessionStorage.getItem(key) ?? 'null') as unknown;
    if (typeof raw !== 'object' || raw === null) return null;
    const s = raw as Partial<Sitting>;
    if (typeof s.id !== 'string' || typeof s.requestId !== 'string' || typeof s.expiresAt !== 'string') return null;
    return Date.parse(s.expiresAt) > Date.now() && s.closedAt === null ? (raw as Sitting) : null;
  } catch {
    // Unreadable: the user opens a new sitting.
    return null;
  }
}

/** The open sitting of `userId` in this tab. */
export function useCurrentSitting(userId: string): CurrentSitting {
  const key = `psvis.accessSitting.${userId}`;
  const [value, setValue] = useState<Sitting | null>(() => read(key));
  const set = useCallback(
    (s: Sitting) => {
      sessionStorage.setItem(key, JSON.stringify(s));
      setValue(s);
    },
    [key],
  );
  const clear = useCallback(() => {
    sessionStorage.removeItem(key);
    setValue(null);
  }, [key]);
  return { value, set, clear };
}
