import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form, Modal, Progress, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.ts';
import type { TimeView } from '../../components/timeline/time-view.ts';
import type { TrackSpan } from '../../components/timeline/TimelineTrack.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { LabelledRangePicker, rangeStartId } from './LabelledRangePicker.tsx';
import type { RangeValue } from './rules.ts';

type ExportStatus = paths['/api/v1/exports/{id}']['get']['responses'][200]['content']['application/json'];

/** The server's longest export (src/delivery/export/export-service.ts MAX_EXPORT_RANGE_MS). */
const MAX_EXPORT_RANGE_MS = 24 * 3600 * 1000;
const POLL_MS = 1000;

/** The recorded part of the granted range, up to now and at most one export long. */
function defaultRange(bounds: TimeView, spans: readonly TrackSpan[]): RangeValue {
  const first = spans.find((s) => s.toMs > bounds.fromMs);
  const from = Math.max(bounds.fromMs, first?.fromMs ?? bounds.fromMs);
  const lastEnd = spans.reduce((end, s) => Math.max(end, s.toMs), from);
  const to = Math.min(bounds.toMs, lastEnd, Date.now(), from + MAX_EXPORT_RANGE_MS);
  return [dayjs(from), dayjs(to > from ? to : Math.min(bounds.toMs, from + 60_000))];
}

/**
 * 复制/调取 in a sitting: a signed evidence package of a part of the granted range. The 用途, 去向,
 * organ and case come from the request; the package's manifest names the request.
 */
export function SittingExport({
  cameraId,
  cameraName,
  bounds,
  spans,
  onClose,
}: {
  cameraId: string;
  cameraName: string;
  bounds: TimeView;
  spans: readonly TrackSpan[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ range: RangeValue }>();
  const [exportId, setExportId] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (range: RangeValue) =>
      unwrap(
        api.POST('/api/v1/exports', {
          body: { cameraId, from: range[0].toISOString(), to: range[1].toISOString() },
        }),
      ),
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
  const outside = (d: Dayjs) => d.endOf('day').valueOf() < bounds.fromMs || d.startOf('day').valueOf() > bounds.toMs;

  return (
    <Modal
      open
      title={t('access.export.title', { name: cameraName })}
      onCancel={onClose}
      mask={{ closable: false }}
      width={620}
      footer={
        exportId === null
          ? [
              <Button key="cancel" onClick={onClose}>
                {t('common.cancel')}
              </Button>,
              <Button
                key="ok"
                type="primary"
                loading={create.isPending}
                data-testid="access-export-start"
                onClick={() => {
                  form.submit();
                }}
              >
                {t('access.export.start')}
              </Button>,
            ]
          : [
              <Button key="close" onClick={onClose} data-testid="access-export-close">
                {t('common.close')}
              </Button>,
            ]
      }
    >
      {exportId === null ? (
        <Form<{ range: RangeValue }>
          form={form}
          name="sitting-export"
          layout="vertical"
          initialValues={{ range: defaultRange(bounds, spans) }}
          onFinish={(v) => {
            create.mutate(v.range);
          }}
        >
          <Typography.Paragraph type="secondary">{t('access.export.hint')}</Typography.Paragraph>
          <Form.Item
            name="range"
            label={t('access.export.range')}
            htmlFor={rangeStartId('access-export-range')}
            rules={[
              { required: true, message: t('access.rule.range') },
              {
                validator: (_r, value: RangeValue | null | undefined) => {
                  if (value === null || value === undefined) return Promise.resolve();
                  const [a, b] = [value[0].valueOf(), value[1].valueOf()];
                  if (b <= a) return Promise.reject(new Error(t('access.rule.rangeOrder')));
                  if (a < bounds.fromMs || b > bounds.toMs)
                    return Promise.reject(new Error(t('access.export.outsideGrant')));
                  if (b - a > MAX_EXPORT_RANGE_MS) return Promise.reject(new Error(t('access.export.tooLong')));
                  return Promise.resolve();
                },
              },
            ]}
          >
            <LabelledRangePicker
              idBase="access-export-range"
              endLabel={t('access.export.rangeEnd')}
              showTime={{ format: 'HH:mm:ss' }}
              format="YYYY-MM-DD HH:mm:ss"
              disabledDate={outside}
              style={{ width: '100%' }}
            />
          </Form.Item>
          {create.isError && <ErrorAlert error={create.error} />}
        </Form>
      ) : (
        <ExportProgress exportId={exportId} status={job.data} error={job.error} />
      )}
    </Modal>
  );
}

/** The job's progress; when done, the package's hash and its download. */
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
  const state = status?.status ?? 'running';
  const percent =
    status === undefined
      ? 0
      : state === 'done'
        ? 100
        : status.bytesTotal > 0
          ? Math.floor((status.bytesDone / status.bytesTotal) * 100)
          : 0;
  return (
    <div data-testid="access-export-progress" data-status={state}>
      <Progress
        percent={percent}
        status={state === 'failed' ? 'exception' : state === 'done' ? 'success' : 'active'}
        aria-label={t('access.export.progress')}
      />
      {state === 'failed' && (
        <Alert type="error" showIcon role="alert" title={t('access.export.failed')} description={status?.error} />
      )}
      {state === 'done' && (
        <>
          <Descriptions
            size="small"
            column={1}
            style={{ margin: '12px 0' }}
            items={[
              {
                key: 'sha',
                label: t('access.export.sha256'),
                children: (
                  <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                    {status?.zipSha256 ?? ''}
                  </Typography.Text>
                ),
              },
            ]}
          />
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            href={`/api/v1/exports/${encodeURIComponent(exportId)}/download`}
            download
            data-testid="access-export-download"
          >
            {t('access.export.download')}
          </Button>
        </>
      )}
    </div>
  );
}
