import { Button, Descriptions, Drawer, Space, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useUser } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { when } from '../../components/format/when.ts';
import { NoteForm, type NoteAction } from './NoteForm.tsx';
import { isRecipient, mayNote, useReport, type Report } from './reports.ts';
import { StatusTags } from './StatusTags.tsx';

/** The actions the user may take on a report in its state. */
function ReportActions({ report: r, onAction }: { report: Report; onAction: (a: NoteAction) => void }) {
  const { t } = useI18n();
  const user = useUser();
  const recipient = isRecipient(user, r);
  const actions: { action: NoteAction; primary: boolean }[] = [
    ...(recipient && r.status === 'reported' ? [{ action: 'acknowledge' as const, primary: true }] : []),
    ...(recipient && r.status !== 'handled'
      ? [{ action: 'handle' as const, primary: r.status === 'acknowledged' }]
      : []),
    ...(mayNote(user, r) ? [{ action: 'note' as const, primary: false }] : []),
  ];
  if (actions.length === 0) return null;
  return (
    <Space wrap>
      {actions.map((a) => (
        <Button
          key={a.action}
          type={a.primary ? 'primary' : 'default'}
          data-testid={`report-${a.action}`}
          onClick={() => {
            onAction(a.action);
          }}
        >
          {t(`reports.action.${a.action}`)}
        </Button>
      ))}
    </Space>
  );
}

/** What a report says: where and when, who reported it to whom under which articles, the clip held, by when. */
function ReportFacts({ report: r }: { report: Report }) {
  const { t } = useI18n();
  const names = (orgs: Report['police']) =>
    orgs.map((o) => o.name).join(t('reports.listSeparator')) || t('common.none');
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      data-testid="report-facts"
      items={[
        { key: 'unit', label: t('reports.field.unit'), children: r.orgName },
        { key: 'camera', label: t('reports.field.camera'), children: r.cameraName },
        { key: 'occurredAt', label: t('reports.field.occurredAt'), children: when(r.occurredAt) },
        { key: 'source', label: t('reports.field.source'), children: t(`reports.source.${r.source}`) },
        {
          key: 'reportedBy',
          label: t('reports.field.reportedBy'),
          children: t('reports.byAt', { name: r.reportedByName, at: when(r.reportedAt) }),
        },
        { key: 'dueBy', label: t('reports.field.dueBy'), children: when(r.dueBy) },
        { key: 'police', label: t('reports.field.police'), children: names(r.police) },
        { key: 'regulators', label: t('reports.field.regulators'), children: names(r.regulators) },
        {
          key: 'basis',
          label: t('reports.field.basis'),
          span: 'filled',
          children: r.basis.map((b) => b.article).join(t('reports.listSeparator')) || t('common.none'),
        },
        {
          key: 'hold',
          label: t('reports.field.hold'),
          span: 'filled',
          children:
            r.hold === null ? (
              t('common.none')
            ) : (
              <span data-testid="report-hold">
                {t('reports.holdRange', { from: when(r.hold.from), to: when(r.hold.to), until: when(r.hold.until) })}{' '}
                {r.hold.releasedAt !== null && t('reports.holdReleased', { at: when(r.hold.releasedAt) })}{' '}
                <Link to="/holds">{t('reports.holdLink')}</Link>
              </span>
            ),
        },
        {
          key: 'description',
          label: t('reports.field.description'),
          span: 'filled',
          children: <Typography.Text style={{ whiteSpace: 'pre-line' }}>{r.description}</Typography.Text>,
        },
      ]}
    />
  );
}

/** One report in a drawer: its facts, the acknowledge / handle / note actions, and its notes in order. */
export function ReportDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useI18n();
  const report = useReport(id);
  const [action, setAction] = useState<NoteAction | null>(null);
  const r = report.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="min(860px, 100vw)"
      destroyOnHidden
      data-testid="report-drawer"
      title={r === undefined ? t('reports.drawer.title') : t('reports.drawer.titleOf', { camera: r.cameraName })}
      extra={r !== undefined && <StatusTags report={r} />}
    >
      {report.error !== null && <ErrorAlert error={report.error} />}
      {r !== undefined && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <ReportActions report={r} onAction={setAction} />
          <ReportFacts report={r} />
          <div>
            <Typography.Title level={5}>{t('reports.notes')}</Typography.Title>
            {r.notes.length === 0 ? (
              <Typography.Text type="secondary">{t('reports.notes.empty')}</Typography.Text>
            ) : (
              <Timeline
                data-testid="report-notes"
                items={r.notes.map((n, i) => ({
                  key: i,
                  content: (
                    <>
                      <Typography.Text type="secondary">
                        {when(n.at)} · {n.userName}
                        {n.status !== null &&
                          (n.status === 'acknowledged' || n.status === 'handled') &&
                          ` · ${t(`reports.status.${n.status}`)}`}
                      </Typography.Text>
                      <div style={{ whiteSpace: 'pre-line' }}>{n.note}</div>
                    </>
                  ),
                }))}
              />
            )}
          </div>
          {action !== null && (
            <NoteForm
              report={r}
              action={action}
              onClose={() => {
                setAction(null);
              }}
            />
          )}
        </Space>
      )}
    </Drawer>
  );
}
