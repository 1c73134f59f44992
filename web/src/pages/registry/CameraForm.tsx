import { Col, Divider, Form, Input, InputNumber, Row, Select, Switch, Tag } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import { ORG_ADMINS } from '../../app/access.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal, type InitialValues } from './FormModal.tsx';
import { locationCategoryOf, REGISTRY_KEY, useAll, useCategories } from './lists.ts';
import { deviceIdRules, numberRules, selectRules, streamUrlRules, textRules } from './rules.ts';
import type { Camera, CreateBody, FormTarget } from './types.ts';
import { changedOnly, numberOrNull, textOrNull } from './values.ts';

const PATH = '/api/v1/cameras';

interface Values {
  /** Not sent: the camera belongs to its system's organization; it narrows the sites and systems. */
  orgId?: string | undefined;
  systemId: string;
  siteId: string;
  name: string;
  deviceId: string;
  locationCategory: string;
  mainStreamUrl?: string | undefined;
  subStreamUrl?: string | undefined;
  important: boolean;
  signage: boolean;
  enabled: boolean;
  retentionDays?: number | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  directionDeg?: number | null | undefined;
}

function initialValues(c: Camera | null, defaultOrgId: string | undefined): InitialValues<Values> {
  if (c === null) return { orgId: defaultOrgId, important: false, signage: false, enabled: true };
  return {
    orgId: c.orgId,
    systemId: c.systemId,
    siteId: c.siteId,
    name: c.name,
    deviceId: c.deviceId,
    locationCategory: c.locationCategory,
    mainStreamUrl: c.mainStreamUrl ?? undefined,
    subStreamUrl: c.subStreamUrl ?? undefined,
    important: c.important,
    signage: c.signage,
    enabled: c.enabled,
    retentionDays: c.retentionDays,
    latitude: c.latitude,
    longitude: c.longitude,
    directionDeg: c.directionDeg,
  };
}

/**
 * Register or edit a camera. The server checks the location against the jurisdiction's
 * regulations (prohibited places, government-only zones, the retention floor); a refusal shows
 * its articles and penalties in the dialog, which keeps the input for correction.
 */
export function CameraForm({ target, onClose }: { target: FormTarget<Camera>; onClose: () => void }) {
  const { t } = useI18n();
  const user = useUser();
  const before = target.mode === 'edit' ? target.record : null;
  // An administrator picks the unit; a unit manager registers in their own.
  const defaultOrgId = ORG_ADMINS.includes(user.role) ? undefined : user.orgId;

  const submit = async (v: Values) => {
    const fields = {
      siteId: v.siteId,
      name: v.name.trim(),
      deviceId: v.deviceId.trim(),
      locationCategory: v.locationCategory,
      mainStreamUrl: textOrNull(v.mainStreamUrl),
      subStreamUrl: textOrNull(v.subStreamUrl),
      important: v.important,
      signage: v.signage,
      enabled: v.enabled,
      retentionDays: numberOrNull(v.retentionDays),
      latitude: numberOrNull(v.latitude),
      longitude: numberOrNull(v.longitude),
      directionDeg: numberOrNull(v.directionDeg),
    };
    if (before === null) {
      const body: CreateBody<typeof PATH> = { systemId: v.systemId, ...fields };
      return unwrap(api.POST(PATH, { body }));
    }
    const change = changedOnly(fields, before);
    if (Object.keys(change).length === 0) return null;
    return unwrap(api.PATCH('/api/v1/cameras/{id}', { params: { path: { id: before.id } }, body: change }));
  };

  return (
    <FormModal<Values>
      name="camera"
      title={t(before === null ? 'registry.camera.create' : 'registry.camera.edit')}
      initialValues={initialValues(before, defaultOrgId)}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[REGISTRY_KEY], ['compliance']]}
      width={760}
    >
      <CameraFields editing={before !== null} />
    </FormModal>
  );
}

/** The camera form's fields; inside the form, so the site and system lists follow the chosen unit. */
function CameraFields({ editing }: { editing: boolean }) {
  const { t, pick } = useI18n();
  const form = Form.useFormInstance<Values>();
  const orgId = Form.useWatch('orgId', form);
  // Empty until a category is picked, whatever the form's value type says.
  const locationCode = Form.useWatch('locationCategory', form) as string | undefined;
  const orgs = useAll('/api/v1/organizations');
  const sites = useAll('/api/v1/sites');
  const systems = useAll('/api/v1/systems');
  const categories = useCategories();
  const location =
    locationCode === undefined ? undefined : locationCategoryOf(categories.data?.locations, locationCode);
  const inOrg = <T extends { orgId: string }>(rows: T[] | undefined) =>
    (rows ?? []).filter((r) => orgId === undefined || r.orgId === orgId);

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item label={t('common.name')} name="name" rules={textRules(200, true)}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            label={t('registry.field.deviceId')}
            name="deviceId"
            rules={deviceIdRules(t)}
            extra={t('registry.help.deviceId')}
          >
            <Input maxLength={20} inputMode="numeric" style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            label={t('registry.field.organization')}
            name="orgId"
            rules={selectRules(t, t('registry.field.organization'))}
            extra={t('registry.help.cameraOrg')}
          >
            <Select
              disabled={editing}
              showSearch={{ optionFilterProp: 'label' }}
              loading={orgs.isPending}
              options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
              onChange={() => {
                form.resetFields(['siteId', 'systemId']);
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            label={t('registry.field.system')}
            name="systemId"
            rules={selectRules(t, t('registry.field.system'))}
            {...(editing ? { extra: t('registry.help.systemFixed') } : {})}
          >
            <Select
              disabled={editing}
              showSearch={{ optionFilterProp: 'label' }}
              loading={systems.isPending}
              options={inOrg(systems.data).map((s) => ({ value: s.id, label: s.name }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label={t('registry.field.site')} name="siteId" rules={selectRules(t, t('registry.field.site'))}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={sites.isPending}
              options={inOrg(sites.data).map((s) => ({ value: s.id, label: s.name }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            label={t('registry.field.locationCategory')}
            name="locationCategory"
            rules={selectRules(t, t('registry.field.locationCategory'))}
            {...(location !== undefined && location.prohibitedBy.length > 0
              ? {
                  extra: t('registry.prohibitedBy', {
                    articles: location.prohibitedBy.map((p) => p.article).join('、'),
                  }),
                }
              : {})}
          >
            <Select
              showSearch={{ optionFilterProp: 'search' }}
              loading={categories.isPending}
              options={(categories.data?.locations ?? []).map((c) => ({
                value: c.code,
                search: `${c.nameZh} ${c.nameEn}`,
                label:
                  c.prohibitedBy.length > 0 ? (
                    <span>
                      {pick(c.nameZh, c.nameEn)}{' '}
                      <Tag color="red" style={{ marginInlineStart: 4 }}>
                        {t('registry.prohibitedTag')}
                      </Tag>
                    </span>
                  ) : (
                    pick(c.nameZh, c.nameEn)
                  ),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t('registry.section.stream')}
      </Divider>
      <Form.Item
        label={t('registry.field.mainStreamUrl')}
        name="mainStreamUrl"
        rules={streamUrlRules(t)}
        extra={t('registry.help.streamUrl')}
      >
        <Input maxLength={1000} />
      </Form.Item>
      <Form.Item label={t('registry.field.subStreamUrl')} name="subStreamUrl" rules={streamUrlRules(t)}>
        <Input maxLength={1000} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={9}>
          <Form.Item
            label={t('registry.field.retentionDays')}
            name="retentionDays"
            rules={numberRules(1, 3650, true)}
            extra={t('registry.help.retentionDays')}
          >
            <InputNumber min={1} max={3650} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={8} sm={5}>
          <Form.Item label={t('registry.field.enabled')} name="enabled" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={8} sm={5}>
          <Form.Item label={t('registry.field.important')} name="important" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={8} sm={5}>
          <Form.Item label={t('registry.field.signage')} name="signage" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t('registry.section.location')}
      </Divider>
      <Row gutter={16}>
        <Col xs={24} sm={8}>
          <Form.Item label={t('registry.field.latitude')} name="latitude" rules={numberRules(-90, 90)}>
            <InputNumber min={-90} max={90} step={0.000001} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item label={t('registry.field.longitude')} name="longitude" rules={numberRules(-180, 180)}>
            <InputNumber min={-180} max={180} step={0.000001} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item label={t('registry.field.directionDeg')} name="directionDeg" rules={numberRules(0, 360)}>
            <InputNumber min={0} max={360} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
