import { ClearOutlined, FullscreenOutlined } from '@ant-design/icons';
import { App, Button, Card, Segmented, Space, Spin, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useUser } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { CameraTree } from './CameraTree.tsx';
import { LiveTile } from './LiveTile.tsx';
import { useCameraDirectory } from './useCameraDirectory.ts';
import { useFullscreen } from './useFullscreen.ts';
import { LAYOUTS, useWallLayout, type Layout } from './useWallLayout.ts';

/** Header, page padding and toolbar: what the wall's height leaves to them at any window size. */
const WALL_CHROME_PX = 64 + 32 + 48;

/** 实时预览: the camera tree beside a wall of 1, 4, 9 or 16 live tiles. */
export function LivePage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const user = useUser();
  const directory = useCameraDirectory();
  const wall = useWallLayout(user.id);
  const { layout, tiles, setTile } = wall;
  const [selected, setSelected] = useState<number | null>(null);
  const wallRef = useRef<HTMLDivElement>(null);
  const wallFullscreen = useFullscreen(wallRef);
  const columns = Math.sqrt(wall.layout);

  const place = useCallback(
    (index: number, cameraId: string) => {
      const camera = directory.data?.cameras.get(cameraId);
      // Nine or sixteen pictures at once: the lighter sub-stream where the camera has one.
      const stream = layout >= 9 && camera?.subStreamUrl != null ? 'sub' : 'main';
      setTile(index, { cameraId, stream });
    },
    [directory.data, layout, setTile],
  );
  const choose = useCallback(
    (cameraId: string) => {
      const target = selected ?? tiles.findIndex((tile) => tile === null);
      if (target < 0 || target >= layout) {
        void message.info(t('live.wall.full'));
        return;
      }
      place(target, cameraId);
      setSelected(null);
    },
    [selected, tiles, layout, place, message, t],
  );

  return (
    <div
      style={{ display: 'flex', flexDirection: 'column', gap: 8, height: `calc(100vh - ${64 + 32}px)`, minHeight: 420 }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
        <Typography.Title level={4} style={{ margin: 0, marginInlineEnd: 'auto' }}>
          {t('live.title')}
        </Typography.Title>
        <Space size="small" wrap>
          <Typography.Text id="live-layout-label">{t('live.layout.label')}</Typography.Text>
          <Segmented<Layout>
            aria-labelledby="live-layout-label"
            data-testid="live-layout"
            value={wall.layout}
            onChange={(l) => {
              wall.setLayout(l);
              setSelected((s) => (s !== null && s < l ? s : null));
            }}
            options={LAYOUTS.map((l) => ({ value: l, label: t('live.layout.option', { n: l }) }))}
          />
          <Button icon={<FullscreenOutlined />} onClick={wallFullscreen.toggle}>
            {t('live.fullscreen.wall')}
          </Button>
          <Button icon={<ClearOutlined />} onClick={wall.clear}>
            {t('live.wall.clear')}
          </Button>
        </Space>
      </div>
      <div style={{ display: 'flex', gap: 12, flex: 1, minHeight: 0 }}>
        <Card
          size="small"
          title={t('live.tree.title')}
          style={{ width: 250, flex: 'none', display: 'flex', flexDirection: 'column' }}
          styles={{ body: { flex: 1, minHeight: 0, padding: 8 } }}
        >
          {directory.isPending ? (
            <Spin />
          ) : directory.isError ? (
            <ErrorAlert error={directory.error} />
          ) : (
            <CameraTree directory={directory.data} onChoose={choose} />
          )}
        </Card>
        <div style={{ flex: 1, minWidth: 0, display: 'flex', justifyContent: 'center', alignItems: 'flex-start' }}>
          <div
            ref={wallRef}
            data-testid="live-wall"
            data-layout={wall.layout}
            style={{
              width: `min(100%, calc((100vh - ${WALL_CHROME_PX}px) * 16 / 9))`,
              aspectRatio: '16 / 9',
              display: 'grid',
              gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
              gridTemplateRows: `repeat(${columns}, minmax(0, 1fr))`,
              gap: 2,
              background: '#000',
            }}
          >
            {wall.tiles.map((content, i) => (
              <LiveTile
                key={i}
                index={i}
                content={content}
                camera={content === null ? undefined : directory.data?.cameras.get(content.cameraId)}
                selected={selected === i}
                onSelect={() => {
                  setSelected((s) => (s === i ? null : i));
                }}
                onDropCamera={(cameraId) => {
                  place(i, cameraId);
                  setSelected(null);
                }}
                onClose={() => {
                  wall.setTile(i, null);
                }}
                onStreamChange={(stream) => {
                  wall.setStream(i, stream);
                }}
              />
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}
