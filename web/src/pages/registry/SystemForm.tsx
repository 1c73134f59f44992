import { Col, DatePicker, Divider, Form, Input, Row, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { isOneOf, LIFECYCLE } from './enums.ts';
import { FormModal, type InitialValues } from './FormModal.tsx';
import { REGISTRY_KEY, useAll } from './lists.ts';
import { selectRules, textRules } from './rules.ts';
import type { CreateBody, FormTarget, Lifecycle, VideoSystem } from './types.ts';
import { changedOnly, dayOrNull, textOrNull, toDay } from './values.ts';

const PATH = '/api/v1/systems';

/** The lifecycle dates, in order. */
const DATE_FIELDS = ['plannedAt', 'builtAt', 'acceptedAt', 'inUseAt', 'removedAt'] as const;
type DateField = (typeof DATE_FIELDS)[number];

type Values = {
  orgId: string;
  name: string;
  lifecycle: Lifecycle;
  governmentBuilt?: boolean | undefined;
  builderOrgId?: string | undefined;
  maintainerOrgId?: string | undefined;
  maintenanceAgreementRef?: string | undefined;
} & { [F in DateField]?: Dayjs | null | undefined };

function initialValues(s: VideoSystem | null, ownOrgId: string): InitialValues<Values> {
  if (s === null) return { orgId: ownOrgId, lifecycle: 'planned' };
  return {
    orgId: s.orgId,
    name: s.name,
    lifecycle: isOneOf(LIFECYCLE, s.lifecycle) ? s.lifecycle : undefined,
    governmentBuilt: s.governmentBuilt,
    builderOrgId: s.builderOrgId ?? undefined,
    maintainerOrgId: s.maintainerOrgId ?? undefined,
    maintenanceAgreementRef: s.maintenanceAgreementRef ?? undefined,
    plannedAt: toDay(s.plannedAt),
    builtAt: toDay(s.builtAt),
    acceptedAt: toDay(s.acceptedAt),
    inUseAt: toDay(s.inUseAt),
    removedAt: toDay(s.removedAt),
  };
}

/**
 * Create or edit a video system: its lifecycle step and dates (the filing deadlines count from
 * them), builder and maintainer, and the written maintenance agreement.
 */
export function SystemForm({ target, onClose }: { target: FormTarget<VideoSystem>; onClose: () => void }) {
  const { t } = useI18n();
  const user = useUser();
  const orgs = useAll('/api/v1/organizations');
  const before = target.mode === 'edit' ? target.record : null;
  const orgOptions = (orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }));

  const submit = async (v: Values) => {
    const fields = {
      name: v.name.trim(),
      lifecycle: v.lifecycle,
      builderOrgId: v.builderOrgId ?? null,
      maintainerOrgId: v.maintainerOrgId ?? null,
      maintenanceAgreementRef: textOrNull(v.maintenanceAgreementRef),
      // Left untouched on a new system, the server takes the organization's government status.
      ...(v.governmentBuilt === undefined ? {} : { governmentBuilt: v.governmentBuilt }),
      plannedAt: dayOrNull(v.plannedAt),
      builtAt: dayOrNull(v.builtAt),
      acceptedAt: dayOrNull(v.acceptedAt),
      inUseAt: dayOrNull(v.inUseAt),
      removedAt: dayOrNull(v.removedAt),
    };
    if (before === null) {
      const body: CreateBody<typeof PATH> = { orgId: v.orgId, ...fields };
      return unwrap(api.POST(PATH, { body }));
    }
    const change = changedOnly(fields, {
      ...before,
      // Compare days with days: a stored date-time that falls on the same day is no change.
      ...Object.fromEntries(DATE_FIELDS.map((f) => [f, before[f]?.slice(0, 10) ?? null])),
    });
    if (Object.keys(change).length === 0) return null;
    return unwrap(api.PATCH('/api/v1/systems/{id}', { params: { path: { id: before.id } }, body: change }));
  };

  return (
    <FormModal<Values>
      name="system"
      title={t(before === null ? 'registry.system.create' : 'registry.system.edit')}
      initialValues={initialValues(before, user.orgId)}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[REGISTRY_KEY], ['compliance']]}
      width={720}
    >
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            label={t('registry.field.organization')}
            name="orgId"
            rules={selectRules(t, t('registry.field.organization'))}
          >
            <Select
              disabled={before !== null}
              showSearch={{ optionFilterProp: 'label' }}
              loading={orgs.isPending}
              options={orgOptions}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label={t('common.name')} name="name" rules={textRules(200, true)}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            label={t('registry.field.lifecycle')}
            name="lifecycle"
            rules={selectRules(t, t('registry.field.lifecycle'))}
          >
            <Select options={LIFECYCLE.map((l) => ({ value: l, label: t(`registry.lifecycle.${l}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label={t('registry.field.governmentBuilt')} name="governmentBuilt" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label={t('registry.field.builderOrg')} name="builderOrgId">
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={orgOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label={t('registry.field.maintainerOrg')} name="maintainerOrgId">
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={orgOptions} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={t('registry.field.maintenanceAgreementRef')}
        name="maintenanceAgreementRef"
        rules={textRules(200)}
        extra={t('registry.help.maintenanceAgreement')}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Divider titlePlacement="start" plain>
        {t('registry.section.dates')}
      </Divider>
      <Row gutter={16}>
        {DATE_FIELDS.map((f) => (
          <Col xs={24} sm={8} key={f}>
            <Form.Item label={t(`registry.field.${f}`)} name={f}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </FormModal>
  );
}
