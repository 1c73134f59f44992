import { Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { RECORD_KEEPERS } from '../../app/access.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { isOneOf } from '../registry/enums.ts';
import { nameOf, useAll } from '../registry/lists.ts';
import { FilterBar, FilterSelect, ListTable } from '../registry/ListView.tsx';
import { TRAINING_KINDS, useGrowingList, type TrainingKind, type TrainingRecord } from './records.ts';

/**
 * 培训记录: training sessions of the monitoring and management staff, latest first (read here; the
 * unit's manager records them on the compliance page, where the duty they meet is checked).
 */
export function TrainingTab() {
  const { t } = useI18n();
  const user = useUser();
  const orgs = useAll('/api/v1/organizations');
  const [kind, setKind] = useState<TrainingKind | undefined>(undefined);
  const list = useGrowingList(['training', kind], (limit) =>
    unwrap(api.GET('/api/v1/training-records', { params: { query: { limit, ...(kind ? { kind } : {}) } } })),
  );
  const columns: TableColumnsType<TrainingRecord> = [
    { key: 'heldAt', title: t('operations.training.heldAt'), width: 120, render: (_, r) => r.heldAt.slice(0, 10) },
    {
      key: 'org',
      title: t('operations.field.org'),
      width: 180,
      ellipsis: true,
      render: (_, r) => nameOf(orgs.data, r.orgId),
    },
    { key: 'topic', title: t('operations.training.topic'), width: 260, render: (_, r) => r.topic },
    {
      key: 'kinds',
      title: t('operations.training.kinds'),
      width: 220,
      render: (_, r) =>
        r.kinds.length === 0
          ? '—'
          : r.kinds.map((k) => (
              <Tag key={k}>{isOneOf(TRAINING_KINDS, k) ? t(`operations.training.kind.${k}`) : k}</Tag>
            )),
    },
    { key: 'attendees', title: t('operations.training.attendees'), width: 90, render: (_, r) => r.attendees },
    {
      key: 'evidence',
      title: t('operations.training.evidenceRef'),
      width: 200,
      ellipsis: true,
      render: (_, r) => r.evidenceRef ?? '—',
    },
  ];
  return (
    <div data-testid="operations-training">
      <FilterBar
        action={
          RECORD_KEEPERS.includes(user.role) && (
            <Typography.Text type="secondary">
              {t('operations.training.recordWhere')} <Link to="/compliance">{t('nav.compliance')}</Link>
            </Typography.Text>
          )
        }
      >
        <FilterSelect
          label={t('operations.training.kinds')}
          width={180}
          options={TRAINING_KINDS.map((k) => ({ value: k, label: t(`operations.training.kind.${k}`) }))}
          onChange={setKind}
        />
      </FilterBar>
      <ListTable<TrainingRecord> list={list} columns={columns} label={t('operations.tab.training')} />
    </div>
  );
}
