import { Alert, Button, Checkbox, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Role } from '../../app/access.ts';
import { useUser } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { FilterBar, FilterSelect } from '../registry/ListView.tsx';
import { CitizenRequestForm } from './CitizenRequestForm.tsx';
import { DirectConnectionForm } from './DirectConnectionForm.tsx';
import { REQUEST_STATUSES, REQUEST_TYPES } from './enums.ts';
import { FootageRequestForm } from './FootageRequestForm.tsx';
import { isNamedOfficer, mayRecordCitizen, mayRequestConnection, mayRequestFootage } from './permissions.ts';
import { RequestDrawer } from './RequestDrawer.tsx';
import { useAccessRequests } from './requests.ts';
import { RequestsTable } from './RequestsTable.tsx';
import { useCurrentSitting } from './sitting.ts';
import type { AccessRequest, RequestStatus, RequestType } from './types.ts';

type TabId = 'awaiting' | 'mine' | 'all';
type CreateForm = 'footage' | 'direct' | 'citizen';

/** Roles a request can be routed to (src/governance/access/routing.ts approverRole). */
const APPROVER_ROLES: readonly Role[] = ['police_approver', 'unit_manager'];
/** Roles that file or record requests of their own. */
const REQUESTER_ROLES: readonly Role[] = ['police_officer', 'regulator', 'unit_manager', 'unit_operator'];

function tabsFor(role: Role): TabId[] {
  return [
    ...(APPROVER_ROLES.includes(role) ? (['awaiting'] as const) : []),
    ...(REQUESTER_ROLES.includes(role) ? (['mine'] as const) : []),
    'all',
  ];
}

/** A request the user filed or is named in. */
function isMine(r: AccessRequest, user: ReturnType<typeof useUser>): boolean {
  return r.createdBy === user.id || isNamedOfficer(r, user);
}

/**
 * 调阅审批: footage access by the police and other organs (查阅/复制/调取), direct connections and
 * citizens' requests; the approver's inbox, each request's route, decision, sittings and register.
 * The open request is in the address (?request=ID), so a link opens it.
 */
export function AccessPage() {
  const { t } = useI18n();
  const user = useUser();
  const sitting = useCurrentSitting(user.id);
  const [params, setParams] = useSearchParams();
  const tabs = tabsFor(user.role);
  const tab = tabs.find((x) => x === params.get('tab')) ?? tabs[0] ?? 'all';
  const openId = params.get('request');
  const [status, setStatus] = useState<RequestStatus | undefined>(undefined);
  const [type, setType] = useState<RequestType | undefined>(undefined);
  const [emergencyOnly, setEmergencyOnly] = useState(false);
  const [form, setForm] = useState<CreateForm | null>(null);
  /** A scan that failed to upload after its request was created: shown in that request's drawer. */
  const [scanFailure, setScanFailure] = useState<{ requestId: string; error: unknown } | null>(null);

  const list = useAccessRequests({
    ...(tab === 'awaiting' ? { awaitingMe: 'true' as const } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(type !== undefined ? { type } : {}),
    ...(emergencyOnly ? { emergencyUnapproved: 'true' as const } : {}),
  });
  const emergencies = useAccessRequests({ emergencyUnapproved: 'true' });
  const rows = (list.data ?? []).filter((r) => tab !== 'mine' || isMine(r, user));
  const emergencyCount = emergencies.data?.length ?? 0;

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: name === 'tab' });
  };
  const created = (r: AccessRequest, scanError: unknown) => {
    if (scanError !== null) setScanFailure({ requestId: r.id, error: scanError });
    setParam('request', r.id);
  };

  return (
    <div data-testid="access-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('access.title')}
      </Typography.Title>
      {emergencyCount > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="access-emergency-alert"
          style={{ marginBottom: 12 }}
          title={t('access.emergency.banner', { n: emergencyCount })}
          action={
            <Button
              size="small"
              danger
              onClick={() => {
                setEmergencyOnly(true);
                setParam('tab', 'all');
              }}
            >
              {t('access.emergency.show')}
            </Button>
          }
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          setParam('tab', key);
        }}
        items={tabs.map((id) => ({ key: id, label: t(`access.tab.${id}`) }))}
      />
      <FilterBar
        action={
          <Space wrap>
            {mayRequestFootage(user.role) && (
              <Button
                type="primary"
                data-testid="access-new-footage"
                onClick={() => {
                  setForm('footage');
                }}
              >
                {t('access.new.footage')}
              </Button>
            )}
            {mayRequestConnection(user.role) && (
              <Button
                data-testid="access-new-direct"
                onClick={() => {
                  setForm('direct');
                }}
              >
                {t('access.new.direct')}
              </Button>
            )}
            {mayRecordCitizen(user.role) && (
              <Button
                type="primary"
                data-testid="access-new-citizen"
                onClick={() => {
                  setForm('citizen');
                }}
              >
                {t('access.new.citizen')}
              </Button>
            )}
          </Space>
        }
      >
        <FilterSelect
          label={t('access.filter.status')}
          width={150}
          options={REQUEST_STATUSES.map((s) => ({ value: s, label: t(`access.status.${s}`) }))}
          onChange={setStatus}
        />
        <FilterSelect
          label={t('access.filter.type')}
          width={170}
          options={REQUEST_TYPES.map((s) => ({ value: s, label: t(`access.type.${s}`) }))}
          onChange={setType}
        />
        <Checkbox
          checked={emergencyOnly}
          data-testid="access-filter-emergency"
          onChange={(e) => {
            setEmergencyOnly(e.target.checked);
          }}
        >
          {t('access.filter.emergency')}
        </Checkbox>
      </FilterBar>
      {list.error !== null && (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={list.error} />
        </div>
      )}
      <RequestsTable
        rows={rows}
        loading={list.isPending}
        sittingRequestId={sitting.value?.requestId ?? null}
        onOpen={(id) => {
          setParam('request', id);
        }}
      />
      <RequestDrawer
        id={openId}
        sitting={sitting}
        scanError={scanFailure !== null && scanFailure.requestId === openId ? scanFailure.error : null}
        onClose={() => {
          setScanFailure(null);
          setParam('request', null);
        }}
      />
      {form === 'footage' && (
        <FootageRequestForm
          onCreated={created}
          onClose={() => {
            setForm(null);
          }}
        />
      )}
      {form === 'direct' && (
        <DirectConnectionForm
          onCreated={created}
          onClose={() => {
            setForm(null);
          }}
        />
      )}
      {form === 'citizen' && (
        <CitizenRequestForm
          onCreated={created}
          onClose={() => {
            setForm(null);
          }}
        />
      )}
    </div>
  );
}
