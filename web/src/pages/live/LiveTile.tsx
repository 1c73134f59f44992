import { CloseOutlined, FullscreenExitOutlined, FullscreenOutlined } from '@ant-design/icons';
import { Button, Tooltip, Typography } from 'antd';
import { useRef, useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import { ReportButton } from '../reports/ReportButton.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { LiveStream } from '../../components/player/useLiveMsePlayer.ts';
import { CAMERA_DRAG_TYPE } from './CameraTree.tsx';
import { LiveTileVideo } from './LiveTileVideo.tsx';
import type { Camera } from './useCameraDirectory.ts';
import { useFullscreen } from './useFullscreen.ts';

/** What a tile shows: a camera and which of its streams. */
export interface TileContent {
  cameraId: string;
  stream: LiveStream;
}

const overlayButton = { color: '#fff' } as const;

/** One tile of the wall: empty (a drop target) or a camera's live video with its controls. */
export function LiveTile({
  index,
  content,
  camera,
  selected,
  onSelect,
  onDropCamera,
  onClose,
  onStreamChange,
}: {
  index: number;
  content: TileContent | null;
  camera: Camera | undefined;
  selected: boolean;
  onSelect: () => void;
  onDropCamera: (cameraId: string) => void;
  onClose: () => void;
  onStreamChange: (stream: LiveStream) => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(ref);
  const [dragOver, setDragOver] = useState(false);

  const accepts = (e: DragEvent) => e.dataTransfer.types.includes(CAMERA_DRAG_TYPE);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect();
    }
  };

  let body: ReactNode;
  if (content === null) {
    body = (
      <Typography.Text style={{ color: 'rgba(255,255,255,0.55)', padding: 8, textAlign: 'center', fontSize: 12 }}>
        {t('live.tile.empty')}
      </Typography.Text>
    );
  } else {
    const name = camera?.name ?? content.cameraId;
    const hasSub = camera?.subStreamUrl != null;
    body = (
      <>
        <LiveTileVideo
          cameraId={content.cameraId}
          stream={content.stream}
          hasSubStream={hasSub}
          onUseSubStream={() => {
            onStreamChange('sub');
          }}
        />
        <div
          style={{
            position: 'absolute',
            insetInline: 0,
            top: 0,
            display: 'flex',
            alignItems: 'center',
            gap: 2,
            padding: '2px 4px 2px 8px',
            background: 'linear-gradient(rgba(0,0,0,0.65), rgba(0,0,0,0))',
          }}
        >
          <Typography.Text ellipsis style={{ color: '#fff', flex: 1, minWidth: 0, fontSize: 12 }} title={name}>
            {name}
          </Typography.Text>
          {hasSub && (
            <Tooltip title={t('live.stream.switch')}>
              <Button
                size="small"
                type="text"
                style={overlayButton}
                aria-label={`${t('live.stream.switch')}: ${t(content.stream === 'main' ? 'live.stream.main' : 'live.stream.sub')}`}
                onClick={(e) => {
                  e.stopPropagation();
                  onStreamChange(content.stream === 'main' ? 'sub' : 'main');
                }}
              >
                {t(content.stream === 'main' ? 'live.stream.main' : 'live.stream.sub')}
              </Button>
            </Tooltip>
          )}
          <ReportButton cameraId={content.cameraId} source="live" size="small" />
          <Tooltip title={t(fullscreen.active ? 'live.fullscreen.exit' : 'live.fullscreen.tile')}>
            <Button
              size="small"
              type="text"
              style={overlayButton}
              aria-label={t(fullscreen.active ? 'live.fullscreen.exit' : 'live.fullscreen.tile')}
              icon={fullscreen.active ? <FullscreenExitOutlined /> : <FullscreenOutlined />}
              onClick={(e) => {
                e.stopPropagation();
                fullscreen.toggle();
              }}
            />
          </Tooltip>
          <Tooltip title={t('live.tile.close')}>
            <Button
              size="small"
              type="text"
              style={overlayButton}
              aria-label={t('live.tile.close')}
              data-testid="live-tile-close"
              icon={<CloseOutlined />}
              onClick={(e) => {
                e.stopPropagation();
                onClose();
              }}
            />
          </Tooltip>
        </div>
      </>
    );
  }

  return (
    <div
      ref={ref}
      role="group"
      tabIndex={0}
      aria-label={t('live.tile.label', { n: index + 1 })}
      aria-current={selected ? 'true' : undefined}
      data-testid="live-tile-slot"
      data-index={index}
      data-selected={selected}
      onClick={onSelect}
      onKeyDown={onKeyDown}
      onDragOver={(e) => {
        if (!accepts(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragOver(true);
      }}
      onDragLeave={() => {
        setDragOver(false);
      }}
      onDrop={(e) => {
        setDragOver(false);
        const id = e.dataTransfer.getData(CAMERA_DRAG_TYPE);
        if (id === '') return;
        e.preventDefault();
        onDropCamera(id);
      }}
      style={{
        position: 'relative',
        minWidth: 0,
        minHeight: 0,
        overflow: 'hidden',
        background: '#141414',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        boxShadow: dragOver
          ? 'inset 0 0 0 3px #52c41a'
          : selected
            ? 'inset 0 0 0 2px #1677ff'
            : 'inset 0 0 0 1px #303030',
        cursor: 'pointer',
      }}
    >
      {body}
    </div>
  );
}
