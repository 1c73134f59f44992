import { Alert, Form, Input, Modal } from 'antd';
import { useI18n } from '../../i18n/i18n.tsx';
import type { PlaybackPurpose } from './usePlaybackPurpose.ts';

/** The server's limit on register texts (src/delivery/access-register.ts MAX_REGISTER_TEXT). */
export const MAX_REGISTER_TEXT = 2000;

/** Asks for the purpose (查阅事由) of this sitting before any footage is played. */
export function PurposeModal({
  open,
  initial,
  onSubmit,
  onCancel,
}: {
  open: boolean;
  initial: PlaybackPurpose | null;
  onSubmit: (p: PlaybackPurpose) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<PlaybackPurpose>();
  return (
    <Modal
      open={open}
      title={t('playback.purpose.title')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onCancel={onCancel}
      onOk={() => {
        form.submit();
      }}
      destroyOnHidden
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('playback.purpose.why')} />
      <Form<PlaybackPurpose>
        form={form}
        layout="vertical"
        initialValues={initial ?? { purpose: '', caseNo: '', requestingUnit: '' }}
        onFinish={(v) => {
          onSubmit({ purpose: v.purpose.trim(), caseNo: v.caseNo.trim(), requestingUnit: v.requestingUnit.trim() });
        }}
      >
        <Form.Item
          name="purpose"
          label={t('playback.purpose.purpose')}
          rules={[
            { required: true, whitespace: true, message: t('playback.purpose.required') },
            { max: MAX_REGISTER_TEXT },
          ]}
        >
          <Input.TextArea
            autoFocus
            rows={2}
            maxLength={MAX_REGISTER_TEXT}
            placeholder={t('playback.purpose.placeholder')}
          />
        </Form.Item>
        <Form.Item name="caseNo" label={t('playback.purpose.caseNo')} rules={[{ max: MAX_REGISTER_TEXT }]}>
          <Input maxLength={MAX_REGISTER_TEXT} />
        </Form.Item>
        <Form.Item
          name="requestingUnit"
          label={t('playback.purpose.requestingUnit')}
          rules={[{ max: MAX_REGISTER_TEXT }]}
        >
          <Input maxLength={MAX_REGISTER_TEXT} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
