import { Button, Flex, Tag, Tooltip, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { nameOf, useAll } from '../registry/lists.ts';
import { CreateButton, ListTable } from '../registry/ListView.tsx';
import { AgreementForm, TerminateAgreementForm } from './AgreementForms.tsx';
import { AGREEMENT_ROLES } from './permissions.ts';
import { AGREEMENT_CLAUSES, useGrowingList, type Agreement } from './records.ts';

type Standing = 'terminated' | 'expired' | 'pending' | 'active';

const STANDING_COLOR: Readonly<Record<Standing, string>> = {
  terminated: 'default',
  expired: 'orange',
  pending: 'blue',
  active: 'green',
};

/** Whether an agreement is in force today, not yet, run out, or ended early. */
function standingOf(a: Agreement): Standing {
  const today = dayjs().format('YYYY-MM-DD');
  if (a.terminatedAt !== null) return 'terminated';
  if (a.validUntil !== null && a.validUntil < today) return 'expired';
  if (a.validFrom > today) return 'pending';
  return 'active';
}

/**
 * 运维协议: outsourced maintenance and operation agreements, newest first, with the clauses they set
 * out; one without the clauses the articles in force ask for (国家 第十五条第二款: 安全保密) is refused.
 */
export function AgreementsTab() {
  const { t } = useI18n();
  const user = useUser();
  const systems = useAll('/api/v1/systems');
  const [dialog, setDialog] = useState<{ kind: 'create' } | { kind: 'terminate'; agreement: Agreement } | null>(null);
  const list = useGrowingList(['agreements'], (limit) =>
    unwrap(api.GET('/api/v1/outsourcing-agreements', { params: { query: { limit } } })),
  );
  const mayRecord = AGREEMENT_ROLES.includes(user.role);
  const columns: TableColumnsType<Agreement> = [
    { key: 'reference', title: t('operations.agreement.reference'), width: 150, render: (_, a) => a.reference },
    {
      key: 'contractor',
      title: t('operations.agreement.contractor'),
      width: 180,
      ellipsis: true,
      render: (_, a) => a.contractorName,
    },
    {
      key: 'kind',
      title: t('operations.agreement.kind'),
      width: 110,
      render: (_, a) => t(`operations.agreement.kind.${a.kind}`),
    },
    {
      key: 'standing',
      title: t('common.status'),
      width: 100,
      render: (_, a) => {
        const s = standingOf(a);
        const tag = (
          <span data-testid="agreement-standing" data-standing={s}>
            <Tag color={STANDING_COLOR[s]}>{t(`operations.agreement.standing.${s}`)}</Tag>
          </span>
        );
        return a.terminatedAt === null ? tag : <Tooltip title={a.terminatedAt}>{tag}</Tooltip>;
      },
    },
    {
      key: 'clauses',
      title: t('operations.agreement.clauses'),
      width: 280,
      render: (_, a) =>
        AGREEMENT_CLAUSES.filter((c) => a.clauses.includes(c)).map((c) => (
          <Tag key={c} color="blue" style={{ marginBottom: 2 }}>
            {t(`operations.clause.${c}`)}
          </Tag>
        )),
    },
    {
      key: 'systems',
      title: t('operations.agreement.systems'),
      width: 200,
      ellipsis: true,
      render: (_, a) => a.systemIds.map((id) => nameOf(systems.data, id)).join(t('operations.sep')),
    },
    { key: 'signedAt', title: t('operations.agreement.signedAt'), width: 110, render: (_, a) => a.signedAt },
    {
      key: 'valid',
      title: t('operations.agreement.valid'),
      width: 200,
      render: (_, a) => `${a.validFrom} ~ ${a.validUntil ?? t('operations.agreement.openEnded')}`,
    },
  ];
  if (mayRecord) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 90,
      render: (_, a) =>
        a.terminatedAt === null && (
          <Button
            type="link"
            size="small"
            danger
            data-testid="agreement-terminate"
            aria-label={`${t('operations.agreement.terminate')} ${a.reference}`}
            onClick={() => {
              setDialog({ kind: 'terminate', agreement: a });
            }}
          >
            {t('operations.agreement.terminate')}
          </Button>
        ),
    });
  }
  const close = () => {
    setDialog(null);
  };
  return (
    <div data-testid="operations-agreements">
      {mayRecord && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <CreateButton
            label={t('operations.agreement.create')}
            onClick={() => {
              setDialog({ kind: 'create' });
            }}
          />
        </Flex>
      )}
      <ListTable<Agreement> list={list} columns={columns} label={t('operations.tab.agreements')} />
      {dialog?.kind === 'create' && <AgreementForm onClose={close} />}
      {dialog?.kind === 'terminate' && <TerminateAgreementForm agreement={dialog.agreement} onClose={close} />}
    </div>
  );
}
