import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { useAll } from '../registry/lists.ts';
import { selectRules, textRules } from '../registry/rules.ts';
import {
  AGREEMENT_CLAUSES,
  AGREEMENT_KINDS,
  MAX_LENGTH,
  OPERATIONS_KEY,
  type Agreement,
  type AgreementBody,
  type AgreementClause,
  type AgreementKind,
} from './records.ts';

interface Values {
  kind: AgreementKind;
  contractorName: string;
  contractorOrgId?: string | undefined;
  reference: string;
  signedAt: Dayjs;
  validFrom: Dayjs;
  validUntil?: Dayjs | null | undefined;
  systemIds: string[];
  clauses?: AgreementClause[] | undefined;
  clauseText?: string | undefined;
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

function bodyOf(v: Values): AgreementBody {
  const clauseText = v.clauseText?.trim() ?? '';
  return {
    kind: v.kind,
    contractorName: v.contractorName.trim(),
    ...(v.contractorOrgId !== undefined ? { contractorOrgId: v.contractorOrgId } : {}),
    reference: v.reference.trim(),
    signedAt: day(v.signedAt),
    validFrom: day(v.validFrom),
    ...(v.validUntil ? { validUntil: day(v.validUntil) } : {}),
    systemIds: v.systemIds,
    clauses: v.clauses ?? [],
    ...(clauseText === '' ? {} : { clauseText }),
  };
}

/**
 * Records an outsourced maintenance or operation agreement covering systems of one unit, with the
 * clauses it sets out. The server refuses one that lacks the clauses the articles in force ask for
 * (国家 第十五条第二款: network and data security, personal information, confidentiality; the local
 * texts: the safe-operation duties), and the refusal with its articles is shown in the dialog.
 */
export function AgreementForm({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const systems = useAll('/api/v1/systems');
  const orgs = useAll('/api/v1/organizations');
  return (
    <FormModal<Values>
      name="agreement"
      title={t('operations.agreement.create')}
      width={720}
      initialValues={{ kind: 'maintenance', signedAt: dayjs(), validFrom: dayjs(), clauses: [] }}
      onSubmit={(v) => unwrap(api.POST('/api/v1/outsourcing-agreements', { body: bodyOf(v) }))}
      onClose={onClose}
      invalidates={[[OPERATIONS_KEY]]}
    >
      <Form.Item
        label={t('operations.agreement.kind')}
        name="kind"
        rules={selectRules(t, t('operations.agreement.kind'))}
      >
        <Select options={AGREEMENT_KINDS.map((k) => ({ value: k, label: t(`operations.agreement.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item
        label={t('operations.agreement.contractor')}
        name="contractorName"
        rules={textRules(MAX_LENGTH.contractorName, true)}
      >
        <Input maxLength={MAX_LENGTH.contractorName} />
      </Form.Item>
      <Form.Item
        label={t('operations.agreement.contractorOrg')}
        name="contractorOrgId"
        extra={t('operations.agreement.contractorOrgHelp')}
      >
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={(orgs.data ?? [])
            .filter((o) => o.kind === 'maintainer' || o.kind === 'builder')
            .map((o) => ({ value: o.id, label: o.name }))}
        />
      </Form.Item>
      <Form.Item
        label={t('operations.agreement.reference')}
        name="reference"
        rules={textRules(MAX_LENGTH.reference, true)}
      >
        <Input maxLength={MAX_LENGTH.reference} />
      </Form.Item>
      <Form.Item label={t('operations.agreement.signedAt')} name="signedAt" rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label={t('operations.agreement.validFrom')} name="validFrom" rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label={t('operations.agreement.validUntil')}
        name="validUntil"
        dependencies={['validFrom']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_rule, until: Dayjs | null | undefined) => {
              const from = getFieldValue('validFrom') as Dayjs | undefined;
              return until && from && until.isBefore(from, 'day')
                ? Promise.reject(new Error(t('operations.rule.endsAfterStart')))
                : Promise.resolve();
            },
          }),
        ]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label={t('operations.agreement.systems')}
        name="systemIds"
        rules={[
          {
            required: true,
            type: 'array',
            min: 1,
            message: t('registry.rule.select', { field: t('operations.agreement.systems') }),
          },
          { type: 'array', max: MAX_LENGTH.systems },
          {
            validator: (_rule, ids: string[] | undefined) => {
              const owners = new Set((ids ?? []).map((id) => systems.data?.find((s) => s.id === id)?.orgId));
              return owners.size > 1 ? Promise.reject(new Error(t('operations.rule.oneUnit'))) : Promise.resolve();
            },
          },
        ]}
      >
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          loading={systems.isPending}
          options={(systems.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
      </Form.Item>
      <Form.Item label={t('operations.agreement.clauses')} name="clauses" extra={t('operations.agreement.clausesHelp')}>
        <Checkbox.Group
          data-testid="agreement-clauses"
          options={AGREEMENT_CLAUSES.map((c) => ({ value: c, label: t(`operations.clause.${c}`) }))}
        />
      </Form.Item>
      <Form.Item
        label={t('operations.agreement.clauseText')}
        name="clauseText"
        rules={textRules(MAX_LENGTH.clauseText)}
      >
        <Input.TextArea rows={3} maxLength={MAX_LENGTH.clauseText} />
      </Form.Item>
    </FormModal>
  );
}

/** Ends an agreement on a day, with an optional reason; its systems are then without it. */
export function TerminateAgreementForm({ agreement, onClose }: { agreement: Agreement; onClose: () => void }) {
  const { t } = useI18n();
  const submit = (v: { terminatedAt: Dayjs; reason?: string }) => {
    const reason = v.reason?.trim() ?? '';
    return unwrap(
      api.POST('/api/v1/outsourcing-agreements/{id}/terminate', {
        params: { path: { id: agreement.id } },
        body: { terminatedAt: day(v.terminatedAt), ...(reason === '' ? {} : { reason }) },
      }),
    );
  };
  return (
    <FormModal<{ terminatedAt: Dayjs; reason?: string }>
      name="agreement-terminate"
      title={t('operations.agreement.terminateTitle', { reference: agreement.reference })}
      initialValues={{ terminatedAt: dayjs() }}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[OPERATIONS_KEY]]}
      submitText={t('operations.agreement.terminate')}
    >
      <Form.Item label={t('operations.agreement.terminatedAt')} name="terminatedAt" rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label={t('operations.agreement.terminateReason')}
        name="reason"
        rules={textRules(MAX_LENGTH.terminateReason)}
      >
        <Input.TextArea rows={2} maxLength={MAX_LENGTH.terminateReason} />
      </Form.Item>
    </FormModal>
  );
}
