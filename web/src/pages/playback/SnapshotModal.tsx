import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Modal, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { api, toApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** What was asked for: a camera at a wall time, and why. */
export interface SnapshotRequest {
  cameraId: string;
  cameraName: string;
  atMs: number;
  purpose: string;
}

/** The JPEG of the recorded keyframe nearest the time, with a download link; each one is registered. */
export function SnapshotModal({ request, onClose }: { request: SnapshotRequest | null; onClose: () => void }) {
  const { t } = useI18n();
  const snapshot = useQuery({
    queryKey: ['snapshot', request?.cameraId, request?.atMs, request?.purpose],
    enabled: request !== null,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    queryFn: async () => {
      if (request === null) throw new Error('no snapshot requested');
      const { data, error, response } = await api.GET('/api/v1/cameras/{id}/snapshot.jpg', {
        params: {
          path: { id: request.cameraId },
          query: { at: new Date(request.atMs).toISOString(), purpose: request.purpose },
        },
        parseAs: 'blob',
      });
      if (!response.ok || data === undefined) throw toApiError(response.status, error);
      const frameTime = response.headers.get('x-psvis-frame-time');
      return { blob: data, frameMs: frameTime === null ? request.atMs : Date.parse(frameTime) };
    },
  });
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (snapshot.data === undefined) {
      setUrl(null);
      return;
    }
    const u = URL.createObjectURL(snapshot.data.blob);
    setUrl(u);
    return () => {
      URL.revokeObjectURL(u);
    };
  }, [snapshot.data]);

  const frameMs = snapshot.data?.frameMs ?? request?.atMs ?? 0;
  const fileName = `snapshot-${request?.cameraId ?? ''}-${dayjs(frameMs).format('YYYYMMDD-HHmmss')}.jpg`;
  return (
    <Modal
      open={request !== null}
      title={t('playback.snapshot.title', { name: request?.cameraName ?? '' })}
      onCancel={onClose}
      width={760}
      destroyOnHidden
      footer={[
        <Button key="close" onClick={onClose}>
          {t('common.close')}
        </Button>,
        <Button
          key="download"
          type="primary"
          icon={<DownloadOutlined />}
          disabled={url === null}
          {...(url !== null ? { href: url, download: fileName } : {})}
          data-testid="snapshot-download"
        >
          {t('playback.snapshot.download')}
        </Button>,
      ]}
    >
      {snapshot.isError ? (
        <ErrorAlert error={snapshot.error} />
      ) : url === null ? (
        <div style={{ display: 'grid', placeItems: 'center', minHeight: 200 }}>
          <Spin />
        </div>
      ) : (
        <>
          <img
            src={url}
            alt={t('playback.snapshot.alt', {
              name: request?.cameraName ?? '',
              time: dayjs(frameMs).format('YYYY-MM-DD HH:mm:ss'),
            })}
            data-testid="snapshot-image"
            style={{ width: '100%', display: 'block', background: '#000' }}
          />
          <Typography.Text type="secondary">
            {t('playback.snapshot.frameTime', { time: dayjs(frameMs).format('YYYY-MM-DD HH:mm:ss.SSS') })}
          </Typography.Text>
        </>
      )}
    </Modal>
  );
}
