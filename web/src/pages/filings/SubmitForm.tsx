import { Alert, Descriptions, Form } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { isOneOf } from '../registry/enums.ts';
import { FormModal } from '../registry/FormModal.tsx';
import { selectRules } from '../registry/rules.ts';
import { ChannelSelect } from './ChannelSelect.tsx';
import { FILING_CHANNELS, FILINGS_KEY, type Filing, type FilingChannel } from './filings.ts';
import { MaterialName } from './MaterialsPanel.tsx';

/**
 * Submits (or resubmits) a filing by a channel the articles in force name. psvis fills the
 * registry's facts as they stand and addresses it to the police office the profile names; a filing
 * without the materials the texts ask for is refused with their articles, shown here.
 */
export function SubmitForm({ filing: f, onClose }: { filing: Filing; onClose: () => void }) {
  const { t } = useI18n();
  const missing = f.terms.materials.filter((m) => !m.provided);
  const recipient = f.terms.recipient;
  const submit = (v: { channel: FilingChannel }) =>
    unwrap(api.POST('/api/v1/filings/{id}/submit', { params: { path: { id: f.id } }, body: { channel: v.channel } }));
  return (
    <FormModal<{ channel: FilingChannel }>
      name="filing-submit"
      title={t(f.submissions > 0 ? 'filings.action.resubmit' : 'filings.action.submit')}
      initialValues={{ channel: isOneOf(FILING_CHANNELS, f.channel ?? '') ? (f.channel as FilingChannel) : undefined }}
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[FILINGS_KEY]]}
      submitText={t(f.submissions > 0 ? 'filings.action.resubmit' : 'filings.action.submit')}
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'recipient',
            label: t('filings.field.recipient'),
            children:
              recipient.nameZh === null
                ? t('filings.recipient.any')
                : recipient.article === null
                  ? recipient.nameZh
                  : t('filings.withArticle', { text: recipient.nameZh, article: recipient.article }),
          },
          {
            key: 'articles',
            label: t('filings.field.articles'),
            children: f.terms.articles.join(t('filings.sep')) || '—',
          },
        ]}
      />
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="filing-submit-missing"
          title={t('filings.submit.missing')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {missing.map((m) => (
                <li key={m.code}>
                  <MaterialName code={m.code} />
                  {m.articles.length > 0 && ` · ${m.articles.join(t('filings.sep'))}`}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Form.Item
        label={t('filings.field.channel')}
        name="channel"
        rules={selectRules(t, t('filings.field.channel'))}
        extra={
          f.terms.channels.allowed === null
            ? undefined
            : t('filings.channel.allowed', { articles: f.terms.channels.articles.join(t('filings.sep')) })
        }
      >
        <ChannelSelect allowed={f.terms.channels.allowed} />
      </Form.Item>
    </FormModal>
  );
}
