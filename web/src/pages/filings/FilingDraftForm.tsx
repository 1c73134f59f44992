import { Alert, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { isOneOf } from '../registry/enums.ts';
import { FormModal } from '../registry/FormModal.tsx';
import { useAll } from '../registry/lists.ts';
import { selectRules, textRules } from '../registry/rules.ts';
import type { FormTarget } from '../registry/types.ts';
import { changedOnly, toDay } from '../registry/values.ts';
import { ChannelSelect } from './ChannelSelect.tsx';
import {
  FILING_CHANNELS,
  FILING_KINDS,
  FILINGS_KEY,
  MAX_LENGTH,
  type DraftBody,
  type Filing,
  type FilingChannel,
  type FilingKind,
  type UpdateBody,
} from './filings.ts';

interface Values {
  systemId: string;
  kind: FilingKind;
  channel?: FilingChannel | undefined;
  changeSummary?: string | undefined;
  removalDate?: Dayjs | null | undefined;
  removalReason?: string | undefined;
  notes?: string | undefined;
}

/** The editable fields as a body: blank inputs left out (the server keeps what it has). */
function editableBody(v: Values): UpdateBody {
  const text = (s: string | undefined) => {
    const x = s?.trim() ?? '';
    return x === '' ? undefined : x;
  };
  const body: UpdateBody = {};
  if (v.channel !== undefined) body.channel = v.channel;
  const changeSummary = text(v.changeSummary);
  if (v.kind === 'change' && changeSummary !== undefined) body.changeSummary = changeSummary;
  if (v.kind === 'removal') {
    if (v.removalDate) body.removalDate = v.removalDate.format('YYYY-MM-DD');
    const removalReason = text(v.removalReason);
    if (removalReason !== undefined) body.removalReason = removalReason;
  }
  const notes = text(v.notes);
  if (notes !== undefined) body.notes = notes;
  return body;
}

/**
 * Drafts a filing of a system (psvis fills the unit, sites, cameras, point list and retention from
 * the registry) or changes a draft or returned one; a change filing says what changed, a removal
 * filing the day and reason of removal.
 */
export function FilingDraftForm({
  target,
  onCreated,
  onClose,
}: {
  target: FormTarget<Filing>;
  onCreated?: (id: string) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const systems = useAll('/api/v1/systems', target.mode === 'create');
  const editing = target.mode === 'edit' ? target.record : null;
  const submit = async (v: Values) => {
    if (editing === null) {
      const body: DraftBody = { kind: v.kind, ...editableBody(v) };
      const created = await unwrap(
        api.POST('/api/v1/systems/{id}/filings', { params: { path: { id: v.systemId } }, body }),
      );
      onCreated?.(created.id);
      return created;
    }
    const before: UpdateBody = {
      ...(isOneOf(FILING_CHANNELS, editing.channel ?? '') ? { channel: editing.channel as FilingChannel } : {}),
      ...(editing.changeSummary !== null ? { changeSummary: editing.changeSummary } : {}),
      ...(editing.removalDate !== null ? { removalDate: editing.removalDate } : {}),
      ...(editing.removalReason !== null ? { removalReason: editing.removalReason } : {}),
      ...(editing.notes !== null ? { notes: editing.notes } : {}),
    };
    return unwrap(
      api.PATCH('/api/v1/filings/{id}', {
        params: { path: { id: editing.id } },
        body: changedOnly(editableBody({ ...v, kind: editing.kind }), before),
      }),
    );
  };
  return (
    <FormModal<Values>
      name="filing-draft"
      title={editing === null ? t('filings.new') : t('filings.edit.title')}
      initialValues={
        editing === null
          ? {}
          : {
              systemId: editing.systemId,
              kind: editing.kind,
              channel: isOneOf(FILING_CHANNELS, editing.channel ?? '') ? (editing.channel as FilingChannel) : undefined,
              changeSummary: editing.changeSummary ?? undefined,
              removalDate: toDay(editing.removalDate),
              removalReason: editing.removalReason ?? undefined,
              notes: editing.notes ?? undefined,
            }
      }
      onSubmit={submit}
      onClose={onClose}
      invalidates={[[FILINGS_KEY]]}
      submitText={editing === null ? t('filings.draft.create') : t('common.save')}
    >
      {editing === null ? (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('filings.draft.filled')} />
          <Form.Item
            label={t('filings.field.system')}
            name="systemId"
            rules={selectRules(t, t('filings.field.system'))}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={systems.isPending}
              options={(systems.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            />
          </Form.Item>
          <Form.Item
            label={t('filings.field.kind')}
            name="kind"
            rules={selectRules(t, t('filings.field.kind'))}
            extra={t('filings.kind.help')}
          >
            <Select options={FILING_KINDS.map((k) => ({ value: k, label: t(`filings.kind.${k}`) }))} />
          </Form.Item>
        </>
      ) : (
        <Form.Item label={t('filings.field.kind')} htmlFor="filing-draft-kind-fixed">
          <Input id="filing-draft-kind-fixed" value={t(`filings.kind.${editing.kind}`)} disabled />
        </Form.Item>
      )}
      <Form.Item
        label={t('filings.field.channel')}
        name="channel"
        extra={editing === null ? t('filings.channel.help') : undefined}
      >
        <ChannelSelect allowed={editing?.terms.channels.allowed ?? null} />
      </Form.Item>
      <Form.Item noStyle dependencies={['kind']}>
        {({ getFieldValue }) => {
          const kind = (editing?.kind ?? getFieldValue('kind')) as FilingKind | undefined;
          return (
            <>
              {kind === 'change' && (
                <Form.Item
                  label={t('filings.field.changeSummary')}
                  name="changeSummary"
                  rules={textRules(MAX_LENGTH.changeSummary)}
                  extra={t('filings.changeSummary.help')}
                >
                  <Input.TextArea rows={3} maxLength={MAX_LENGTH.changeSummary} />
                </Form.Item>
              )}
              {kind === 'removal' && (
                <>
                  <Form.Item
                    label={t('filings.field.removalDate')}
                    name="removalDate"
                    extra={t('filings.removalDate.help')}
                  >
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                  <Form.Item
                    label={t('filings.field.removalReason')}
                    name="removalReason"
                    rules={textRules(MAX_LENGTH.removalReason)}
                  >
                    <Input.TextArea rows={2} maxLength={MAX_LENGTH.removalReason} />
                  </Form.Item>
                </>
              )}
            </>
          );
        }}
      </Form.Item>
      <Form.Item label={t('filings.field.notes')} name="notes" rules={textRules(MAX_LENGTH.notes)}>
        <Input.TextArea rows={2} maxLength={MAX_LENGTH.notes} />
      </Form.Item>
    </FormModal>
  );
}
