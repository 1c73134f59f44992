import { App } from 'antd';
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

/** Whether `ref`'s element is full screen, and a toggle (refusals are shown, not thrown). */
export function useFullscreen(ref: RefObject<HTMLElement | null>): { active: boolean; toggle: () => void } {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [active, setActive] = useState(false);
  useEffect(() => {
    const onChange = () => {
      setActive(document.fullscreenElement !== null && document.fullscreenElement === ref.current);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
    };
  }, [ref]);
  const toggle = useCallback(() => {
    const el = ref.current;
    if (el === null) return;
    const request = document.fullscreenElement === el ? document.exitFullscreen() : el.requestFullscreen();
    request.catch(() => {
      void message.warning(t('live.fullscreen.refused'));
    });
  }, [ref, message, t]);
  return { active, toggle };
}
