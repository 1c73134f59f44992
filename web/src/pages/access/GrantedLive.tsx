import { Select, Space, Spin, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useLiveMsePlayer } from '../../components/player/useLiveMsePlayer.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { AccessRequest } from './types.ts';

/**
 * A direct connection's sitting (安徽 第二十条, 辽宁 第十七条): live viewing of one granted camera
 * at a time; recorded footage is not part of such a grant.
 */
export function GrantedLive({ request: r }: { request: AccessRequest }) {
  const { t } = useI18n();
  const [cameraId, setCameraId] = useState(r.items[0]?.cameraId ?? '');
  const item = r.items.find((i) => i.cameraId === cameraId);
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Space wrap>
        <label htmlFor="access-live-camera">{t('access.live.camera')}</label>
        <Select
          id="access-live-camera"
          style={{ width: 320 }}
          value={cameraId}
          onChange={setCameraId}
          options={r.items.map((i) => ({ value: i.cameraId, label: i.cameraName }))}
        />
        <Typography.Text type="secondary">{t('access.live.only')}</Typography.Text>
      </Space>
      {item !== undefined && <LiveVideo key={item.cameraId} cameraId={item.cameraId} name={item.cameraName} />}
    </Space>
  );
}

function LiveVideo({ cameraId, name }: { cameraId: string; name: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLVideoElement>(null);
  const view = useLiveMsePlayer(ref, cameraId, 'main', true);
  const state = view.state.kind;
  return (
    <div
      style={{ position: 'relative', height: 'min(40vh, 420px)', minHeight: 200, background: '#000' }}
      data-testid="access-live"
      data-state={state}
    >
      <video
        ref={ref}
        muted
        playsInline
        aria-label={name}
        style={{ width: '100%', height: '100%', objectFit: 'contain', display: 'block' }}
      />
      {state !== 'playing' && (
        <div style={{ position: 'absolute', inset: 0, display: 'grid', placeItems: 'center', color: '#fff' }}>
          {state === 'connecting' ? <Spin /> : <span>{t(`access.live.${state}`)}</span>}
        </div>
      )}
    </div>
  );
}
