import { DatePicker, Flex, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { RECORD_KEEPERS } from '../../app/access.ts';
import { useUser } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useAll, useProfiles } from '../registry/lists.ts';
import { CreateButton, FilterBar, FilterSelect } from '../registry/ListView.tsx';
import { useFilters } from '../registry/paging.ts';
import { AdvisoryMarkForm } from './AdvisoryMarkForm.tsx';
import { FilingForm } from './FilingForm.tsx';
import {
  FINDING_STATES,
  STATE_COLOR,
  useFindings,
  type FilingKind,
  type FindingRow,
  type FindingsQuery,
} from './findings.ts';
import { FindingsTable } from './FindingsTable.tsx';
import { TrainingForm } from './TrainingForm.tsx';

/** Which record dialog is open, and what it starts with. */
type Dialog =
  | { kind: 'advisory'; finding: FindingRow }
  | { kind: 'training'; orgId: string | undefined }
  | { kind: 'filing'; systemId: string | undefined; filing: FilingKind | undefined };

/**
 * 合规检查: the findings of the regulations per organization (state, article, deadline, penalty),
 * and the records that satisfy them: advisory duties marked done with evidence, training, filings.
 */
export function CompliancePage() {
  const { t } = useI18n();
  const user = useUser();
  const canRecord = RECORD_KEEPERS.includes(user.role);
  const [query, setFilter] = useFilters<FindingsQuery>({});
  const findings = useFindings(query);
  const orgs = useAll('/api/v1/organizations');
  const systems = useAll('/api/v1/systems');
  const profiles = useProfiles();
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const advisoryRuleIds = useMemo(
    () => new Set((profiles.data ?? []).flatMap((p) => p.rules.filter((r) => r.kind === 'advisory').map((r) => r.id))),
    [profiles.data],
  );
  const rows = findings.data?.rows ?? [];
  const counts = FINDING_STATES.map((s) => ({ state: s, count: rows.filter((r) => r.state === s).length }));
  const defaultOrg = query.orgId ?? (canRecord && user.role !== 'admin' ? user.orgId : undefined);

  return (
    <div data-testid="compliance-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('compliance.title')}
      </Typography.Title>
      <FilterBar
        action={
          canRecord && (
            <Space wrap>
              <CreateButton
                label={t('compliance.training.record')}
                onClick={() => {
                  setDialog({ kind: 'training', orgId: defaultOrg });
                }}
              />
              <CreateButton
                label={t('compliance.filing.record')}
                onClick={() => {
                  setDialog({ kind: 'filing', systemId: query.systemId, filing: undefined });
                }}
              />
            </Space>
          )
        }
      >
        <FilterSelect
          label={t('compliance.organization')}
          width={220}
          options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          onChange={(v) => {
            setFilter('orgId', v);
          }}
        />
        <FilterSelect
          label={t('compliance.system')}
          width={200}
          options={(systems.data ?? [])
            .filter((s) => query.orgId === undefined || s.orgId === query.orgId)
            .map((s) => ({ value: s.id, label: s.name }))}
          onChange={(v) => {
            setFilter('systemId', v);
          }}
        />
        <FilterSelect
          label={t('compliance.state')}
          width={150}
          options={FINDING_STATES.map((s) => ({ value: s, label: t(`compliance.state.${s}`) }))}
          onChange={(v) => {
            setFilter('state', v);
          }}
        />
        <DatePicker
          aria-label={t('compliance.asOf')}
          placeholder={t('compliance.asOf')}
          onChange={(d) => {
            setFilter('asOf', d ? d.format('YYYY-MM-DD') : undefined);
          }}
        />
      </FilterBar>
      {findings.error !== null && (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={findings.error} />
        </div>
      )}
      {findings.data !== undefined && (
        <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }} data-testid="compliance-summary">
          <Typography.Text type="secondary">
            {t('compliance.checkedAsOf', { date: findings.data.asOf.slice(0, 10) })}
          </Typography.Text>
          {counts
            .filter((c) => c.count > 0)
            .map((c) => (
              <Tag key={c.state} color={STATE_COLOR[c.state]}>
                {t('compliance.count', { state: t(`compliance.state.${c.state}`), count: c.count })}
              </Tag>
            ))}
        </Flex>
      )}
      <FindingsTable
        rows={rows}
        loading={findings.isPending}
        advisoryRuleIds={advisoryRuleIds}
        canRecord={canRecord}
        onRemedy={(finding, remedy) => {
          if (remedy.kind === 'advisory') setDialog({ kind: 'advisory', finding });
          else if (remedy.kind === 'training') setDialog({ kind: 'training', orgId: finding.orgId });
          else setDialog({ kind: 'filing', systemId: remedy.systemId, filing: remedy.filing });
        }}
      />
      {dialog?.kind === 'advisory' && (
        <AdvisoryMarkForm
          finding={dialog.finding}
          onClose={() => {
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'training' && (
        <TrainingForm
          orgId={dialog.orgId}
          onClose={() => {
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'filing' && (
        <FilingForm
          systemId={dialog.systemId}
          kind={dialog.filing}
          onClose={() => {
            setDialog(null);
          }}
        />
      )}
    </div>
  );
}
