import { Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal, type InitialValues } from './FormModal.tsx';
import { REGISTRY_KEY, useAll, useCategories } from './lists.ts';
import { numberRules, selectRules, textRules } from './rules.ts';
import type { CreateBody, FormTarget, Site } from './types.ts';
import { changedOnly, numberOrNull, textOrNull } from './values.ts';

const PATH = '/api/v1/sites';

interface Values {
  orgId: string;
  name: string;
  placeCategory: string;
  address?: string | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  isPublic: boolean;
}

function initialValues(s: Site | null, ownOrgId: string): InitialValues<Values> {
  if (s === null) return { orgId: ownOrgId, isPublic: true };
  return {
    orgId: s.orgId,
    name: s.name,
    placeCategory: s.placeCategory,
    address: s.address ?? undefined,
    latitude: s.latitude,
    longitude: s.longitude,
    isPublic: s.isPublic,
  };
}

/** Create or edit a site: its organization (fixed once created), place category, address and position. */
export function SiteForm({ target, onClose }: { target: FormTarget<Site>; onClose: () => void }) {
  const { t, pick } = useI18n();
  const user = useUser();
  const orgs = useAll('/api/v1/organizations');
  const categories = useCategories();
  const before = target.mode === 'edit' ? target.record : null;

  const submit = async (v: Values) => {
    const fields = {
      name: v.name.trim(),
      placeCategory: v.placeCategory,
      address: textOrNull(v.address),
      latitude: numberOrNull(v.latitude),
      longitude: numberOrNull(v.longitude),
      isPublic: v.isPublic,
    };
    if (before === null) {
      const body: CreateBody<typeof PATH> = { orgId: v.orgId, ...fields };
      return unwrap(api.POST(PATH, { body }));
    }
    const change = changedOnly(fields, before);
    if (Object.keys(change).length === 0) return null;
    return unwrap(api.PATCH('/api/v1/sites/{id}', { params: { path: { id: before.id } }, body: change }));
  };

  return (
    <FormModal<Values>
      name="site"
      title={t(before === null ? 'registry.site.create' : 'registry.site.edit')}
      initialValues={initialValues(before, user.orgId)}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[REGISTRY_KEY]]}
    >
      <Form.Item
        label={t('registry.field.organization')}
        name="orgId"
        rules={selectRules(t, t('registry.field.organization'))}
      >
        <Select
          disabled={before !== null}
          showSearch={{ optionFilterProp: 'label' }}
          loading={orgs.isPending}
          options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
      </Form.Item>
      <Form.Item label={t('common.name')} name="name" rules={textRules(200, true)}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        label={t('registry.field.placeCategory')}
        name="placeCategory"
        rules={selectRules(t, t('registry.field.placeCategory'))}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={categories.isPending}
          options={(categories.data?.places ?? []).map((c) => ({ value: c.code, label: pick(c.nameZh, c.nameEn) }))}
        />
      </Form.Item>
      <Form.Item label={t('registry.field.address')} name="address" rules={textRules(300)}>
        <Input maxLength={300} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label={t('registry.field.latitude')} name="latitude" rules={numberRules(-90, 90)}>
            <InputNumber min={-90} max={90} step={0.000001} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('registry.field.longitude')} name="longitude" rules={numberRules(-180, 180)}>
            <InputNumber min={-180} max={180} step={0.000001} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={t('registry.field.isPublic')}
        name="isPublic"
        valuePropName="checked"
        extra={t('registry.help.isPublic')}
      >
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
