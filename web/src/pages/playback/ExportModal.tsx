import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, DatePicker, Descriptions, Form, Input, Modal, Progress, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { MAX_REGISTER_TEXT } from './PurposeModal.tsx';
import type { PlaybackPurpose } from './usePlaybackPurpose.ts';

type ExportBody = paths['/api/v1/exports']['post']['requestBody']['content']['application/json'];
type ExportStatus = paths['/api/v1/exports/{id}']['get']['responses'][200]['content']['application/json'];

/** The server's longest export (src/delivery/export/export-service.ts MAX_EXPORT_RANGE_MS). */
const MAX_EXPORT_RANGE_MS = 24 * 3600 * 1000;
const POLL_MS = 1000;

interface ExportForm {
  range: [Dayjs, Dayjs];
  purpose: string;
  destination: string;
  caseNo: string;
  requestingUnit: string;
  watermark: boolean;
}

/** What the export starts from: the camera and the time on screen. */
export interface ExportRequest {
  cameraId: string;
  cameraName: string;
  atMs: number;
}

/**
 * Evidence export: range, 用途 and 去向 (the register needs both), then the job's progress and the
 * signed package's download link.
 */
export function ExportModal({
  request,
  purpose,
  onClose,
}: {
  request: ExportRequest | null;
  purpose: PlaybackPurpose | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<ExportForm>();
  const [exportId, setExportId] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (body: ExportBody) => unwrap(api.POST('/api/v1/exports', { body })),
    onSuccess: (s) => {
      setExportId(s.id);
    },
  });
  const job = useQuery({
    queryKey: ['export', exportId],
    enabled: exportId !== null,
    queryFn: () => unwrap(api.GET('/api/v1/exports/{id}', { params: { path: { id: exportId ?? '' } } })),
    refetchInterval: (q) => (q.state.data?.status === 'running' || q.state.data === undefined ? POLL_MS : false),
  });
  const close = () => {
    setExportId(null);
    create.reset();
    onClose();
  };

  const start = request?.atMs ?? Date.now();
  return (
    <Modal
      open={request !== null}
      title={t('playback.export.title', { name: request?.cameraName ?? '' })}
      onCancel={close}
      destroyOnHidden
      width={620}
      footer={
        exportId === null
          ? [
              <Button key="cancel" onClick={close}>
                {t('common.cancel')}
              </Button>,
              <Button
                key="ok"
                type="primary"
                loading={create.isPending}
                onClick={() => {
                  form.submit();
                }}
              >
                {t('playback.export.start')}
              </Button>,
            ]
          : [
              <Button key="close" onClick={close}>
                {t('common.close')}
              </Button>,
            ]
      }
    >
      {exportId === null ? (
        <Form<ExportForm>
          form={form}
          layout="vertical"
          initialValues={{
            range: [dayjs(start), dayjs(start + 60_000)],
            purpose: purpose?.purpose ?? '',
            destination: '',
            caseNo: purpose?.caseNo ?? '',
            requestingUnit: purpose?.requestingUnit ?? '',
            watermark: false,
          }}
          onFinish={(v) => {
            if (request === null) return;
            create.mutate({
              cameraId: request.cameraId,
              from: v.range[0].toISOString(),
              to: v.range[1].toISOString(),
              purpose: v.purpose.trim(),
              destination: v.destination.trim(),
              ...(v.caseNo.trim() !== '' ? { caseNo: v.caseNo.trim() } : {}),
              ...(v.requestingUnit.trim() !== '' ? { requestingUnit: v.requestingUnit.trim() } : {}),
              watermark: v.watermark,
            });
          }}
        >
          <Form.Item
            name="range"
            label={t('playback.export.range')}
            rules={[
              { required: true, message: t('common.required') },
              {
                validator: (_r, value: [Dayjs, Dayjs] | null) => {
                  const ms = value === null ? 1 : value[1].valueOf() - value[0].valueOf();
                  if (ms <= 0) return Promise.reject(new Error(t('playback.export.rangeOrder')));
                  if (ms > MAX_EXPORT_RANGE_MS) return Promise.reject(new Error(t('playback.export.rangeTooLong')));
                  return Promise.resolve();
                },
              },
            ]}
          >
            <DatePicker.RangePicker
              showTime={{ format: 'HH:mm:ss' }}
              format="YYYY-MM-DD HH:mm:ss"
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item
            name="purpose"
            label={t('playback.export.purpose')}
            rules={[
              { required: true, whitespace: true, message: t('playback.purpose.required') },
              { max: MAX_REGISTER_TEXT },
            ]}
          >
            <Input maxLength={MAX_REGISTER_TEXT} />
          </Form.Item>
          <Form.Item
            name="destination"
            label={t('playback.export.destination')}
            extra={t('playback.export.destinationHint')}
            rules={[
              { required: true, whitespace: true, message: t('playback.export.destinationRequired') },
              { max: MAX_REGISTER_TEXT },
            ]}
          >
            <Input maxLength={MAX_REGISTER_TEXT} />
          </Form.Item>
          <Form.Item name="caseNo" label={t('playback.purpose.caseNo')} rules={[{ max: MAX_REGISTER_TEXT }]}>
            <Input maxLength={MAX_REGISTER_TEXT} />
          </Form.Item>
          <Form.Item
            name="requestingUnit"
            label={t('playback.purpose.requestingUnit')}
            rules={[{ max: MAX_REGISTER_TEXT }]}
          >
            <Input maxLength={MAX_REGISTER_TEXT} />
          </Form.Item>
          <Form.Item name="watermark" valuePropName="checked" extra={t('playback.export.watermarkHint')}>
            <Checkbox>{t('playback.export.watermark')}</Checkbox>
          </Form.Item>
          {create.isError && <ErrorAlert error={create.error} />}
        </Form>
      ) : (
        <ExportProgress exportId={exportId} status={job.data} error={job.error} />
      )}
    </Modal>
  );
}

/** The job's progress; when done, the package's hash and its download link. */
function ExportProgress({
  exportId,
  status,
  error,
}: {
  exportId: string;
  status: ExportStatus | undefined;
  error: unknown;
}) {
  const { t } = useI18n();
  if (error !== null && status === undefined) return <ErrorAlert error={error} />;
  const percent =
    status === undefined
      ? 0
      : status.status === 'done'
        ? 100
        : status.bytesTotal > 0
          ? Math.floor((status.bytesDone / status.bytesTotal) * 100)
          : 0;
  return (
    <div data-testid="export-progress" data-status={status?.status ?? 'running'}>
      <Progress
        percent={percent}
        status={status?.status === 'failed' ? 'exception' : status?.status === 'done' ? 'success' : 'active'}
        aria-label={t('playback.export.progress')}
      />
      {status?.status === 'failed' && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('playback.export.failed')}
          description={status.error ?? undefined}
        />
      )}
      {status?.status === 'done' && (
        <>
          <Descriptions size="small" column={1} style={{ margin: '12px 0' }}>
            <Descriptions.Item label={t('playback.export.zipSha256')}>
              <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                {status.zipSha256 ?? ''}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            href={`/api/v1/exports/${encodeURIComponent(exportId)}/download`}
            download
            data-testid="export-download"
          >
            {t('playback.export.download')}
          </Button>
        </>
      )}
    </div>
  );
}
