import { useCallback, useState } from 'react';

/** What the access register records for a playback (国家 第十六条(三): 事由; 安徽 第十七条(二): 用途). */
export interface PlaybackPurpose {
  purpose: string;
  caseNo: string;
  requestingUnit: string;
}

function read(key: string): PlaybackPurpose | null {
  try {
    const raw = JSON.parse(sessionStorage.getItem(key) ?? 'null') as unknown;
    if (typeof raw !== 'object' || raw === null) return null;
    const o = raw as Record<string, unknown>;
    const str = (k: string) => (typeof o[k] === 'string' ? o[k] : '');
    return str('purpose') === ''
      ? null
      : { purpose: str('purpose'), caseNo: str('caseNo'), requestingUnit: str('requestingUnit') };
  } catch {
    // Unreadable: asked again.
    return null;
  }
}

/**
 * The purpose of this sitting: asked once, kept for the browser tab (sessionStorage, per user), so
 * moving between pages does not ask again but a new sitting does.
 */
export function usePlaybackPurpose(userId: string) {
  const key = `psvis.playbackPurpose.${userId}`;
  const [value, setValue] = useState<PlaybackPurpose | null>(() => read(key));
  const set = useCallback(
    (p: PlaybackPurpose) => {
      sessionStorage.setItem(key, JSON.stringify(p));
      setValue(p);
    },
    [key],
  );
  return { value, set };
}
