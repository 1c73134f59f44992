import { Checkbox, Form, Input, Select, Typography } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormModal } from '../registry/FormModal.tsx';
import { textRules } from '../registry/rules.ts';
import { ACCESS_KEY } from './requests.ts';
import { MAX_LENGTH, optionalText } from './rules.ts';
import type { AccessRequest, Sitting, SittingBody } from './types.ts';

interface Values {
  partner?: string;
  password?: string;
  unitHandler?: string;
  identityChecked?: boolean;
}

/**
 * 开始调阅: the officers act only together (安徽 第二十二条(一), 辽宁 第十八条(一), 青岛 第二十四条(一)):
 * the officer signed in opens the sitting and the second named officer confirms it on this screen
 * with their own password. A citizen views on site with the unit's staff, who checked their identity
 * (国家 第二十一条).
 */
export function OpenSittingForm({
  request: r,
  onOpened,
  onClose,
}: {
  request: AccessRequest;
  onOpened: (s: Sitting) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const user = useUser();
  const citizen = r.type === 'citizen';
  const partners = r.officers.filter((o) => o.userId !== user.id);
  const submit = async (v: Values) => {
    const body: SittingBody = citizen
      ? { identityChecked: v.identityChecked === true }
      : { partner: { username: v.partner ?? '', password: v.password ?? '' } };
    const unitHandler = optionalText(v.unitHandler);
    if (!citizen && unitHandler !== undefined) body.unitHandler = unitHandler;
    const sitting = await unwrap(
      api.POST('/api/v1/access-requests/{id}/sittings', { params: { path: { id: r.id } }, body }),
    );
    onOpened(sitting);
  };
  return (
    <FormModal<Values>
      name="sitting"
      title={t('access.sitting.openTitle')}
      initialValues={{ partner: partners.length === 1 ? partners[0]?.username : undefined }}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[ACCESS_KEY]]}
      submitText={t('access.sitting.open')}
    >
      {citizen ? (
        <>
          <Typography.Paragraph type="secondary">{t('access.sitting.citizenHint')}</Typography.Paragraph>
          <Form.Item
            name="identityChecked"
            valuePropName="checked"
            rules={[
              {
                validator: (_r, v: boolean | undefined) =>
                  v === true ? Promise.resolve() : Promise.reject(new Error(t('access.sitting.identityRequired'))),
              },
            ]}
          >
            <Checkbox data-testid="access-identity-checked">{t('access.sitting.identityChecked')}</Checkbox>
          </Form.Item>
        </>
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t('access.sitting.partnerHint', {
              me: user.displayName,
              articles: r.persons.articles.join(t('access.list.sep')) || r.route.article,
            })}
          </Typography.Paragraph>
          <Form.Item
            name="partner"
            label={t('access.sitting.partner')}
            rules={[{ required: true, message: t('access.sitting.partnerRequired') }]}
          >
            <Select
              data-testid="access-sitting-partner"
              options={partners.map((o) => ({
                value: o.username,
                label: t('access.sitting.partnerOption', { name: o.name, username: o.username, no: o.credentialNo }),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('access.sitting.password')}
            extra={t('access.sitting.passwordHint')}
            rules={[{ required: true, message: t('access.sitting.passwordRequired') }, { max: MAX_LENGTH.password }]}
          >
            <Input.Password autoComplete="off" data-testid="access-sitting-password" />
          </Form.Item>
          <Form.Item
            name="unitHandler"
            label={t('access.sitting.unitHandler')}
            extra={t('access.sitting.unitHandlerHint')}
            rules={textRules(MAX_LENGTH.unitHandler)}
          >
            <Input maxLength={MAX_LENGTH.unitHandler} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
