import { CheckCircleOutlined, FileAddOutlined, SolutionOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useI18n } from '../../i18n/i18n.tsx';
import { useAll } from '../registry/lists.ts';
import { remedyOf, STATE_COLOR, type FindingRow, type Remedy } from './findings.ts';

/** The name of what a finding is about: a camera, system, site or organization id (or the id itself). */
function useSubjectName(): (ref: string) => string {
  const cameras = useAll('/api/v1/cameras');
  const systems = useAll('/api/v1/systems');
  const sites = useAll('/api/v1/sites');
  const orgs = useAll('/api/v1/organizations');
  return (ref) => {
    for (const rows of [cameras.data, systems.data, sites.data, orgs.data]) {
      const name = rows?.find((r) => r.id === ref)?.name;
      if (name !== undefined) return name;
    }
    return ref;
  };
}

/** The findings: state, rule, article, subject, due date, penalty range, note, and the record that would fulfil it. */
export function FindingsTable({
  rows,
  loading,
  advisoryRuleIds,
  canRecord,
  onRemedy,
}: {
  rows: FindingRow[];
  loading: boolean;
  advisoryRuleIds: ReadonlySet<string>;
  canRecord: boolean;
  onRemedy: (finding: FindingRow, remedy: Remedy) => void;
}) {
  const { t, pick } = useI18n();
  const subjectName = useSubjectName();
  const columns: TableColumnsType<FindingRow> = [
    {
      title: t('compliance.state'),
      dataIndex: 'state',
      fixed: 'left',
      render: (_: unknown, f) => <Tag color={STATE_COLOR[f.state]}>{t(`compliance.state.${f.state}`)}</Tag>,
    },
    { title: t('compliance.organization'), dataIndex: 'orgName', width: 160, ellipsis: true },
    {
      title: t('compliance.rule'),
      key: 'rule',
      width: 220,
      render: (_: unknown, f) => pick(f.titleZh, f.titleEn),
    },
    { title: t('compliance.article'), dataIndex: 'article', width: 160 },
    {
      title: t('compliance.subject'),
      dataIndex: 'subjectRef',
      width: 160,
      ellipsis: true,
      render: (v: string) => subjectName(v),
    },
    { title: t('compliance.dueDate'), dataIndex: 'dueDate', width: 110 },
    {
      title: t('compliance.penalty'),
      key: 'penalty',
      width: 240,
      render: (_: unknown, f) =>
        f.penalty === undefined ? null : (
          <Tooltip title={f.penalty.article}>
            <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2 }}>
              {pick(f.penalty.rangeZh, f.penalty.rangeEn)}
            </Typography.Paragraph>
          </Tooltip>
        ),
    },
    {
      title: t('compliance.note'),
      key: 'note',
      width: 220,
      render: (_: unknown, f) => (
        <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2 }}>
          {pick(f.noteZh ?? '', f.noteEn ?? '')}
        </Typography.Paragraph>
      ),
    },
  ];
  if (canRecord) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_: unknown, f) => {
        const remedy = remedyOf(f, advisoryRuleIds);
        if (remedy === null) return null;
        const [icon, label] =
          remedy.kind === 'advisory'
            ? [<CheckCircleOutlined key="i" />, t('compliance.markDone')]
            : remedy.kind === 'training'
              ? [<SolutionOutlined key="i" />, t('compliance.training.record')]
              : [<FileAddOutlined key="i" />, t('compliance.filing.record')];
        return (
          <Button
            type="link"
            size="small"
            icon={icon}
            onClick={() => {
              onRemedy(f, remedy);
            }}
          >
            {label}
          </Button>
        );
      },
    });
  }
  return (
    <Table<FindingRow>
      aria-label={t('compliance.title')}
      rowKey="key"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      locale={{ emptyText: t('compliance.empty') }}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 'max-content' }}
    />
  );
}
