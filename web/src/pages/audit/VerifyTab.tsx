import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Progress, Result, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { formatBytes } from '../../components/charts/bytes.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { camerasQuery } from './useCameras.ts';

/** Problem kinds of the audit chain and the recordings (src/audit/verify.ts, src/recording/verify.ts). */
const KINDS = [
  'altered',
  'missing',
  'extra',
  'reordered',
  'edited_row',
  'deleted_row',
  'unaudited_deletion',
  'anchor_mismatch',
  'hash_mismatch',
  'prev_mismatch',
  'bad_checkpoint_signature',
  'checkpoint_mismatch',
  'truncated',
] as const;
type Kind = (typeof KINDS)[number];
const isKind = (k: string): k is Kind => (KINDS as readonly string[]).includes(k);

interface Problem {
  key: string;
  kind: string;
  /** Null for a problem of the audit chain. */
  camera: string | null;
  seq: number | null;
  message: string;
}

interface Outcome {
  events: number;
  checkpoints: number;
  cameras: number;
  segments: number;
  filesHashed: number;
  bytesHashed: number;
  problems: Problem[];
}

interface Progress {
  done: number;
  total: number;
  bytesHashed: number;
  /** What runs now: null for the audit chain, else a camera's name. */
  current: string | null;
}

/**
 * Runs the audit chain verification, then the recordings verification one camera at a time (so
 * the user sees progress and a long installation does not hold one request for minutes).
 */
function useVerification() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<unknown>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = async () => {
    setOutcome(null);
    setError(null);
    try {
      const cameras = await queryClient.query(camerasQuery);
      const total = 1 + cameras.length;
      setProgress({ done: 0, total, bytesHashed: 0, current: null });
      const audit = await unwrap(api.POST('/api/v1/audit/verify'));
      const o: Outcome = {
        events: audit.events,
        checkpoints: audit.checkpoints,
        cameras: 0,
        segments: 0,
        filesHashed: 0,
        bytesHashed: 0,
        problems: audit.problems.map((p, i) => ({
          key: `audit-${i}`,
          kind: p.kind,
          camera: null,
          seq: p.seq,
          message: p.message,
        })),
      };
      for (const [i, camera] of cameras.entries()) {
        if (!mounted.current) return;
        setProgress({ done: 1 + i, total, bytesHashed: o.bytesHashed, current: camera.name });
        const r = await unwrap(api.POST('/api/v1/recordings/verify', { body: { cameraId: camera.id } }));
        o.cameras += r.cameras;
        o.segments += r.segments;
        o.filesHashed += r.filesHashed;
        o.bytesHashed += r.bytesHashed;
        o.problems.push(
          ...r.problems.map((p, j) => ({
            key: `${camera.id}-${j}`,
            kind: p.kind,
            camera: camera.name,
            seq: p.seq,
            message: p.message,
          })),
        );
      }
      if (!mounted.current) return;
      setProgress({ done: total, total, bytesHashed: o.bytesHashed, current: null });
      setOutcome(o);
    } catch (err) {
      if (mounted.current) setError(err);
    } finally {
      // Verification writes audit events of its own: the trail should show them.
      void queryClient.invalidateQueries({ queryKey: ['audit', 'events'] });
    }
  };
  const running = progress !== null && outcome === null && error === null;
  return { run, running, progress, outcome, error };
}

/** The outcome: all clear, or the problems found with their kind, camera, sequence and message. */
function VerifyResult({ outcome }: { outcome: Outcome }) {
  const { t } = useI18n();
  const ok = outcome.problems.length === 0;
  return (
    <div data-testid="verify-result" data-ok={ok ? 'true' : 'false'}>
      <Result
        status={ok ? 'success' : 'error'}
        title={ok ? t('audit.verify.ok') : t('audit.verify.failed', { n: outcome.problems.length })}
        subTitle={t('audit.verify.summary', {
          events: outcome.events,
          checkpoints: outcome.checkpoints,
          cameras: outcome.cameras,
          segments: outcome.segments,
          files: outcome.filesHashed,
          bytes: formatBytes(outcome.bytesHashed),
        })}
        style={{ padding: '24px 0' }}
      />
      {!ok && (
        <Table<Problem>
          size="small"
          rowKey="key"
          dataSource={outcome.problems}
          pagination={outcome.problems.length > 50 ? { pageSize: 50 } : false}
          scroll={{ x: 800 }}
          columns={[
            {
              key: 'kind',
              title: t('audit.verify.kind'),
              width: 150,
              render: (_, p) => <Tag color="red">{isKind(p.kind) ? t(`audit.problem.${p.kind}`) : p.kind}</Tag>,
            },
            {
              key: 'camera',
              title: t('audit.verify.camera'),
              width: 180,
              ellipsis: true,
              render: (_, p) => p.camera ?? t('audit.verify.auditTrail'),
            },
            { key: 'seq', title: t('audit.verify.seq'), width: 90, render: (_, p) => p.seq ?? '—' },
            { key: 'message', title: t('audit.verify.message'), dataIndex: 'message' },
          ]}
        />
      )}
    </div>
  );
}

/** Verifies the audit chain and every camera's recordings in scope, with progress, and shows what it found. */
export function VerifyTab() {
  const { t } = useI18n();
  const v = useVerification();
  const p = v.progress;
  return (
    <div data-testid="audit-verify">
      <Typography.Paragraph type="secondary" style={{ maxWidth: 820 }}>
        {t('audit.verify.intro')}
      </Typography.Paragraph>
      <div>
        <Button
          type="primary"
          icon={<SafetyCertificateOutlined />}
          loading={v.running}
          data-testid="verify-start"
          onClick={() => {
            void v.run();
          }}
        >
          {v.outcome === null ? t('audit.verify.start') : t('audit.verify.again')}
        </Button>
      </div>
      {p !== null && (
        <Space
          orientation="vertical"
          style={{ width: '100%', maxWidth: 820, marginTop: 16 }}
          data-testid="verify-progress"
        >
          <Progress
            percent={Math.round((p.done / Math.max(p.total, 1)) * 100)}
            status={v.error !== null ? 'exception' : v.running ? 'active' : 'success'}
            format={() => `${p.done} / ${p.total}`}
            aria-label={t('audit.verify.progressLabel')}
          />
          <Typography.Text type="secondary" aria-live="polite">
            {v.running &&
              (p.current === null ? t('audit.verify.stepAudit') : t('audit.verify.stepCamera', { name: p.current }))}
            {v.running && ' · '}
            {t('audit.verify.progress', { n: p.done, total: p.total, bytes: formatBytes(p.bytesHashed) })}
          </Typography.Text>
        </Space>
      )}
      {v.error !== null && (
        <div style={{ marginTop: 16 }}>
          <Typography.Text strong>{t('audit.verify.stopped')}</Typography.Text>
          <ErrorAlert error={v.error} />
        </div>
      )}
      {v.outcome !== null && <VerifyResult outcome={v.outcome} />}
    </div>
  );
}
