import { Form, Input, Select } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';
import { isOneOf, JURISDICTION_LEVELS } from './enums.ts';
import { FormModal, type InitialValues } from './FormModal.tsx';
import { REGISTRY_KEY, useAll, useProfiles } from './lists.ts';
import { selectRules, textRules } from './rules.ts';
import type { CreateBody, FormTarget, Jurisdiction, JurisdictionLevel, Profile } from './types.ts';
import { changedOnly, textOrNull } from './values.ts';

const PATH = '/api/v1/jurisdictions';

interface Values {
  name: string;
  level: JurisdictionLevel;
  parentId?: string | undefined;
  code?: string | undefined;
  profileId?: string | undefined;
}

/** How a regulation profile reads in a select: the jurisdiction and the instrument. */
export function profileLabel(p: Profile, pick: I18n['pick']): string {
  return pick(`${p.jurisdictionZh} · ${p.instrumentZh}`, `${p.jurisdictionEn} (${p.id})`);
}

function initialValues(j: Jurisdiction | null): InitialValues<Values> {
  if (j === null) return {};
  return {
    name: j.name,
    level: isOneOf(JURISDICTION_LEVELS, j.level) ? j.level : undefined,
    parentId: j.parentId ?? undefined,
    code: j.code ?? undefined,
    profileId: j.profileId ?? undefined,
  };
}

/** Create or edit a jurisdiction: level, parent, area code and the regulation profile in force there. */
export function JurisdictionForm({ target, onClose }: { target: FormTarget<Jurisdiction>; onClose: () => void }) {
  const { t, pick } = useI18n();
  const all = useAll(PATH);
  const profiles = useProfiles();
  const before = target.mode === 'edit' ? target.record : null;

  const submit = async (v: Values) => {
    const body: CreateBody<typeof PATH> = {
      name: v.name.trim(),
      level: v.level,
      parentId: v.parentId ?? null,
      code: textOrNull(v.code),
      profileId: v.profileId ?? null,
    };
    if (before === null) return unwrap(api.POST(PATH, { body }));
    const change = changedOnly(body, before);
    if (Object.keys(change).length === 0) return null;
    return unwrap(api.PATCH('/api/v1/jurisdictions/{id}', { params: { path: { id: before.id } }, body: change }));
  };

  return (
    <FormModal<Values>
      name="jurisdiction"
      title={t(before === null ? 'registry.jurisdiction.create' : 'registry.jurisdiction.edit')}
      initialValues={initialValues(before)}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[REGISTRY_KEY]]}
    >
      <Form.Item label={t('common.name')} name="name" rules={textRules(200, true)}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label={t('registry.field.level')} name="level" rules={selectRules(t, t('registry.field.level'))}>
        <Select options={JURISDICTION_LEVELS.map((l) => ({ value: l, label: t(`registry.level.${l}`) }))} />
      </Form.Item>
      <Form.Item label={t('registry.field.parent')} name="parentId">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={all.isPending}
          options={(all.data ?? []).filter((j) => j.id !== before?.id).map((j) => ({ value: j.id, label: j.name }))}
        />
      </Form.Item>
      <Form.Item label={t('registry.field.code')} name="code" rules={textRules(32)}>
        <Input maxLength={32} />
      </Form.Item>
      <Form.Item label={t('registry.field.profile')} name="profileId" extra={t('registry.help.profile')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={profiles.isPending}
          options={(profiles.data ?? []).map((p) => ({ value: p.id, label: profileLabel(p, pick) }))}
        />
      </Form.Item>
    </FormModal>
  );
}
