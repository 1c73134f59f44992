import { Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Role } from '../../app/access.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useAll } from '../registry/lists.ts';
import { CreateButton, FilterBar, FilterSelect } from '../registry/ListView.tsx';
import { FilingDraftForm } from './FilingDraftForm.tsx';
import { FilingDrawer } from './FilingDrawer.tsx';
import { FILING_KINDS, FILING_STATUSES, type FilingKind, type FilingStatus } from './filings.ts';
import { FilingsTable } from './FilingsTable.tsx';
import { hasInbox, mayFile } from './permissions.ts';

type TabId = 'mine' | 'awaiting' | 'overdue';

/** The tabs a role has: the filings in scope, the police office's inbox, those past a deadline. */
function tabsFor(role: Role): TabId[] {
  return hasInbox(role) ? ['mine', 'awaiting', 'overdue'] : ['mine', 'overdue'];
}

/**
 * 备案管理: the unit drafts a filing of a system (filled from the registry), adds the materials its
 * jurisdiction asks for and submits it; the receiving police office receives it, visits the site,
 * accepts it or returns it with reasons. The open filing is in the address (?filing=ID).
 */
export function FilingsPage() {
  const { t } = useI18n();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const tabs = tabsFor(user.role);
  // The police office's work starts in its inbox.
  const fallback: TabId = hasInbox(user.role) ? 'awaiting' : 'mine';
  const tab = tabs.find((x) => x === params.get('tab')) ?? fallback;
  const openId = params.get('filing');
  const [status, setStatus] = useState<FilingStatus | undefined>(undefined);
  const [kind, setKind] = useState<FilingKind | undefined>(undefined);
  const [systemId, setSystemId] = useState<string | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const systems = useAll('/api/v1/systems');

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: name === 'tab' });
  };
  // A unit's own staff see their unit's filings; the police, regulators and auditors those in their scope.
  const mineLabel = mayFile(user.role) && user.role !== 'admin' ? t('filings.tab.mine') : t('filings.tab.all');
  const labels: Record<TabId, string> = {
    mine: mineLabel,
    awaiting: t('filings.tab.awaiting'),
    overdue: t('filings.tab.overdue'),
  };

  return (
    <div data-testid="filings-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('filings.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(k) => {
          setParam('tab', k);
        }}
        items={tabs.map((id) => ({
          key: id,
          label: <span data-testid={`filings-tab-${id}`}>{labels[id]}</span>,
        }))}
      />
      <FilterBar
        action={
          mayFile(user.role) && (
            <span data-testid="filings-new">
              <CreateButton
                label={t('filings.new')}
                onClick={() => {
                  setCreating(true);
                }}
              />
            </span>
          )
        }
      >
        <FilterSelect
          label={t('filings.field.system')}
          width={220}
          options={(systems.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          onChange={setSystemId}
        />
        <FilterSelect
          label={t('filings.field.kind')}
          width={140}
          options={FILING_KINDS.map((k) => ({ value: k, label: t(`filings.kind.${k}`) }))}
          onChange={setKind}
        />
        <FilterSelect
          label={t('filings.field.status')}
          width={140}
          options={FILING_STATUSES.map((s) => ({ value: s, label: t(`filings.status.${s}`) }))}
          onChange={setStatus}
        />
      </FilterBar>
      <FilingsTable
        query={{
          ...(tab === 'awaiting' ? { awaitingMe: 'true' as const } : {}),
          ...(tab === 'overdue' ? { overdue: 'true' as const } : {}),
          ...(status !== undefined ? { status } : {}),
          ...(kind !== undefined ? { kind } : {}),
          ...(systemId !== undefined ? { systemId } : {}),
        }}
        onOpen={(id) => {
          setParam('filing', id);
        }}
      />
      <FilingDrawer
        id={openId}
        onClose={() => {
          setParam('filing', null);
        }}
      />
      {creating && (
        <FilingDraftForm
          target={{ mode: 'create' }}
          onCreated={(id) => {
            setParam('filing', id);
          }}
          onClose={() => {
            setCreating(false);
          }}
        />
      )}
    </div>
  );
}
