import { Col, Form, Input, Row, Select, Switch } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { isOneOf, ORG_KINDS } from './enums.ts';
import { FormModal, type InitialValues } from './FormModal.tsx';
import { REGISTRY_KEY, useAll } from './lists.ts';
import { selectRules, textRules } from './rules.ts';
import type { CreateBody, FormTarget, Organization, OrgKind } from './types.ts';
import { changedOnly, textOrNull } from './values.ts';

const PATH = '/api/v1/organizations';

interface Values {
  name: string;
  kind: OrgKind;
  industry?: string | undefined;
  jurisdictionId?: string | undefined;
  isGovernment: boolean;
  creditCode?: string | undefined;
  address?: string | undefined;
  contactName?: string | undefined;
  contactPhone?: string | undefined;
}

function initialValues(o: Organization | null): InitialValues<Values> {
  if (o === null) return { kind: 'unit', isGovernment: false };
  return {
    name: o.name,
    kind: isOneOf(ORG_KINDS, o.kind) ? o.kind : undefined,
    industry: o.industry ?? undefined,
    jurisdictionId: o.jurisdictionId ?? undefined,
    isGovernment: o.isGovernment,
    creditCode: o.creditCode ?? undefined,
    address: o.address ?? undefined,
    contactName: o.contactName ?? undefined,
    contactPhone: o.contactPhone ?? undefined,
  };
}

/** Create or edit an organization: its kind, jurisdiction, whether it is a government body, its contact. */
export function OrganizationForm({ target, onClose }: { target: FormTarget<Organization>; onClose: () => void }) {
  const { t } = useI18n();
  const jurisdictions = useAll('/api/v1/jurisdictions');
  const before = target.mode === 'edit' ? target.record : null;

  const submit = async (v: Values) => {
    const body: CreateBody<typeof PATH> = {
      name: v.name.trim(),
      kind: v.kind,
      industry: textOrNull(v.industry),
      jurisdictionId: v.jurisdictionId ?? null,
      isGovernment: v.isGovernment,
      creditCode: textOrNull(v.creditCode),
      address: textOrNull(v.address),
      contactName: textOrNull(v.contactName),
      contactPhone: textOrNull(v.contactPhone),
    };
    if (before === null) return unwrap(api.POST(PATH, { body }));
    const change = changedOnly(body, before);
    if (Object.keys(change).length === 0) return null;
    return unwrap(api.PATCH('/api/v1/organizations/{id}', { params: { path: { id: before.id } }, body: change }));
  };

  return (
    <FormModal<Values>
      name="organization"
      title={t(before === null ? 'registry.organization.create' : 'registry.organization.edit')}
      initialValues={initialValues(before)}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[REGISTRY_KEY]]}
      width={720}
    >
      <Form.Item label={t('common.name')} name="name" rules={textRules(200, true)}>
        <Input maxLength={200} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item label={t('registry.field.kind')} name="kind" rules={selectRules(t, t('registry.field.kind'))}>
            <Select options={ORG_KINDS.map((k) => ({ value: k, label: t(`registry.kind.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label={t('registry.field.industry')} name="industry" rules={textRules(64)}>
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label={t('registry.field.jurisdiction')} name="jurisdictionId">
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={jurisdictions.isPending}
              options={(jurisdictions.data ?? []).map((j) => ({ value: j.id, label: j.name }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label={t('registry.field.isGovernment')} name="isGovernment" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label={t('registry.field.creditCode')} name="creditCode" rules={textRules(32)}>
            <Input maxLength={32} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label={t('registry.field.contactName')} name="contactName" rules={textRules(100)}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label={t('registry.field.contactPhone')} name="contactPhone" rules={textRules(40)}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('registry.field.address')} name="address" rules={textRules(300)}>
        <Input maxLength={300} />
      </Form.Item>
    </FormModal>
  );
}
