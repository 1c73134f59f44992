import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select } from 'antd';
import { useI18n } from '../../i18n/i18n.tsx';
import { textRules } from '../registry/rules.ts';
import { CREDENTIAL_KINDS } from './enums.ts';
import { MAX_LENGTH, MAX_OFFICERS, MIN_OFFICERS } from './rules.ts';
import type { CredentialKind, FootageBody } from './types.ts';

/** One officer as the form holds them. */
export interface OfficerValues {
  username: string;
  credentialKind: CredentialKind;
  credentialNo: string;
}

/** A new officer row: 执法证件, which every text accepts (辽宁 第十八条 asks for it). */
export const NEW_OFFICER: Partial<OfficerValues> = { credentialKind: 'law_enforcement_id' };

/** The officers as the API takes them. */
export function officersBody(officers: readonly OfficerValues[]): FootageBody['officers'] {
  return officers.map((o) => ({
    username: o.username.trim(),
    credentialKind: o.credentialKind,
    credentialNo: o.credentialNo.trim(),
  }));
}

/**
 * The officers who act on the grant (安徽 第二十二条, 辽宁 第十八条, 青岛 第二十四条: 2人以上): each a
 * psvis user of the requesting organ, with the credential they show and its number.
 */
export function OfficersList() {
  const { t } = useI18n();
  return (
    <Form.List
      name="officers"
      rules={[
        {
          validator: (_r, officers: unknown[] | undefined) =>
            (officers?.length ?? 0) >= MIN_OFFICERS
              ? Promise.resolve()
              : Promise.reject(new Error(t('access.rule.officers', { n: MIN_OFFICERS }))),
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="access-officers">
          {fields.map((field, i) => (
            <div key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start', flexWrap: 'wrap' }}>
              <Form.Item
                name={[field.name, 'username']}
                label={t('access.officer.username', { n: i + 1 })}
                rules={textRules(MAX_LENGTH.username, true)}
                style={{ flex: '1 1 180px', minWidth: 0 }}
              >
                <Input maxLength={MAX_LENGTH.username} autoComplete="off" />
              </Form.Item>
              <Form.Item
                name={[field.name, 'credentialKind']}
                label={t('access.officer.credentialKind', { n: i + 1 })}
                rules={[{ required: true, message: t('access.rule.credentialKind') }]}
                style={{ flex: '1 1 150px', minWidth: 0 }}
              >
                <Select options={CREDENTIAL_KINDS.map((k) => ({ value: k, label: t(`access.credential.${k}`) }))} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'credentialNo']}
                label={t('access.officer.credentialNo', { n: i + 1 })}
                rules={textRules(MAX_LENGTH.credentialNo, true)}
                style={{ flex: '1 1 180px', minWidth: 0 }}
              >
                <Input maxLength={MAX_LENGTH.credentialNo} autoComplete="off" />
              </Form.Item>
              <Button
                aria-label={t('access.officer.remove', { n: i + 1 })}
                icon={<DeleteOutlined />}
                disabled={fields.length <= MIN_OFFICERS}
                style={{ marginTop: 30 }}
                onClick={() => {
                  remove(field.name);
                }}
              />
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            disabled={fields.length >= MAX_OFFICERS}
            onClick={() => {
              add(NEW_OFFICER);
            }}
            style={{ marginBottom: 16 }}
          >
            {t('access.officer.add')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
