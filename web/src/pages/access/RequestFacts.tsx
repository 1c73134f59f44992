import { DownloadOutlined } from '@ant-design/icons';
import { Button, Descriptions, Table, Typography, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { isOneOf } from '../registry/enums.ts';
import {
  ACCESS_KINDS,
  CITIZEN_ID_TYPES,
  CITIZEN_REASONS,
  CITIZEN_RELATIONS,
  CREDENTIAL_KINDS,
  REQUESTER_KINDS,
} from './enums.ts';
import { when } from '../../components/format/when.ts';
import type { AccessRequest } from './types.ts';

type Items = NonNullable<DescriptionsProps['items']>;

const text = (v: string | null | undefined): string => (v === null || v === undefined || v === '' ? '—' : v);

/** What was asked, by whom, why, for which cameras and ranges, and what was decided. */
export function RequestFacts({ request: r }: { request: AccessRequest }) {
  const { t } = useI18n();
  const facts: Items = [
    { key: 'type', label: t('access.field.type'), children: t(`access.type.${r.type}`) },
    {
      key: 'requesterKind',
      label: t('access.field.requesterKind'),
      children: isOneOf(REQUESTER_KINDS, r.requesterKind) ? t(`access.requester.${r.requesterKind}`) : r.requesterKind,
    },
    {
      key: 'accessKind',
      label: t('access.field.accessKind'),
      children: isOneOf(ACCESS_KINDS, r.accessKind) ? t(`access.kind.${r.accessKind}`) : r.accessKind,
    },
    { key: 'requestingUnit', label: t('access.field.requestingUnit'), children: r.requestingUnit },
    { key: 'unitOrg', label: t('access.field.unitOrg'), children: r.unitOrg.name },
    { key: 'caseNo', label: t('access.field.caseNo'), children: text(r.caseNo) },
    { key: 'legalBasis', label: t('access.field.legalBasis'), span: 2, children: text(r.legalBasis) },
    { key: 'purpose', label: t('access.field.purpose'), span: 2, children: r.purpose },
    { key: 'destination', label: t('access.field.destination'), children: text(r.destination) },
    { key: 'certificateRef', label: t('access.field.certificateRef'), children: text(r.certificateRef) },
    {
      key: 'valid',
      label: t('access.field.valid'),
      children: r.validFrom === null ? t('access.valid.notYet') : `${when(r.validFrom)} – ${when(r.validUntil)}`,
    },
    { key: 'createdAt', label: t('access.field.createdAt'), children: when(r.createdAt) },
  ];
  return (
    <Space16>
      <Descriptions size="small" bordered column={2} items={facts} data-testid="access-facts" />
      <CitizenFacts request={r} />
      <ItemsTable request={r} />
      {r.officers.length > 0 && <OfficersTable request={r} />}
      <DecisionFacts request={r} />
    </Space16>
  );
}

function Space16({ children }: { children: ReactNode }) {
  return <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>{children}</div>;
}

/** The cameras and ranges of the request (a direct connection has no range: live only). */
function ItemsTable({ request: r }: { request: AccessRequest }) {
  const { t } = useI18n();
  return (
    <Table
      size="small"
      rowKey={(i) => `${i.cameraId}-${i.from ?? ''}`}
      pagination={false}
      data-testid="access-items-table"
      title={() => <Typography.Text strong>{t('access.section.footage')}</Typography.Text>}
      dataSource={r.items}
      columns={[
        { key: 'camera', title: t('access.field.camera'), render: (_, i) => i.cameraName },
        {
          key: 'from',
          title: t('common.from'),
          render: (_, i) => (i.from === null ? t('access.item.live') : when(i.from)),
        },
        { key: 'to', title: t('common.to'), render: (_, i) => (i.to === null ? '—' : when(i.to)) },
      ]}
    />
  );
}

/** The named officers and their credentials. */
function OfficersTable({ request: r }: { request: AccessRequest }) {
  const { t } = useI18n();
  return (
    <Table
      size="small"
      rowKey="userId"
      pagination={false}
      data-testid="access-officers-table"
      title={() => <Typography.Text strong>{t('access.section.officers')}</Typography.Text>}
      dataSource={r.officers}
      columns={[
        { key: 'name', title: t('access.officer.name'), render: (_, o) => o.name },
        { key: 'username', title: t('access.officer.account'), render: (_, o) => o.username },
        {
          key: 'credentialKind',
          title: t('access.officer.credential'),
          render: (_, o) =>
            isOneOf(CREDENTIAL_KINDS, o.credentialKind) ? t(`access.credential.${o.credentialKind}`) : o.credentialKind,
        },
        { key: 'credentialNo', title: t('access.officer.number'), render: (_, o) => o.credentialNo },
      ]}
    />
  );
}

/** The citizen of a citizen's request, as the unit recorded them. */
function CitizenFacts({ request: r }: { request: AccessRequest }) {
  const { t } = useI18n();
  const c = r.citizen;
  if (c === null) return null;
  const str = (k: string): string => (typeof c[k] === 'string' ? c[k] : '');
  const idType = str('idType');
  const relation = str('relation');
  const reason = str('reason');
  const items: Items = [
    { key: 'name', label: t('access.citizen.name'), children: text(str('name')) },
    {
      key: 'id',
      label: t('access.citizen.idNumber'),
      children: `${isOneOf(CITIZEN_ID_TYPES, idType) ? t(`access.idType.${idType}`) : idType} ${str('idNumber')}`,
    },
    {
      key: 'relation',
      label: t('access.citizen.relation'),
      children: isOneOf(CITIZEN_RELATIONS, relation) ? t(`access.relation.${relation}`) : relation,
    },
    { key: 'subject', label: t('access.citizen.subjectName'), children: text(str('subjectName')) },
    {
      key: 'reason',
      label: t('access.citizen.reason'),
      children: isOneOf(CITIZEN_REASONS, reason) ? t(`access.reason.${reason}`) : reason,
    },
    { key: 'contact', label: t('access.citizen.contact'), children: text(str('contact')) },
  ];
  return (
    <Descriptions
      size="small"
      bordered
      column={2}
      title={t('access.section.citizen')}
      items={items}
      data-testid="access-citizen"
    />
  );
}

/** The decision and the approval document (批准文件) with its scan. */
function DecisionFacts({ request: r }: { request: AccessRequest }) {
  const { t } = useI18n();
  const d = r.decision;
  const doc = r.document;
  if (d === null && doc === null) return null;
  const items: Items = [];
  if (d !== null) {
    items.push(
      { key: 'by', label: t('access.decision.by'), children: d.byName },
      { key: 'at', label: t('access.decision.at'), children: when(d.at) },
      { key: 'note', label: t('access.decision.note'), span: 2, children: text(d.note) },
    );
  }
  if (doc !== null) {
    items.push(
      { key: 'number', label: t('access.document.number'), children: text(doc.number) },
      { key: 'issuer', label: t('access.document.issuer'), children: text(doc.issuer) },
      { key: 'date', label: t('access.document.date'), children: text(doc.date) },
      {
        key: 'scan',
        label: t('access.scan.label'),
        children:
          doc.scan === null ? (
            t('access.scan.none')
          ) : (
            <Button
              size="small"
              icon={<DownloadOutlined />}
              href={`/api/v1/access-requests/${encodeURIComponent(r.id)}/approval-document`}
              data-testid="access-scan-download"
            >
              {doc.scan.filename ?? t('access.scan.download')}
            </Button>
          ),
      },
    );
  }
  return (
    <Descriptions
      size="small"
      bordered
      column={2}
      title={t('access.section.decision')}
      items={items}
      data-testid="access-decision"
    />
  );
}
