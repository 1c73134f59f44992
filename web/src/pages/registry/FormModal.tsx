import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { App, Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { SubmitForm } from './types.ts';

/** A form's starting values: any field may be left empty. */
export type InitialValues<V> = { [K in keyof V]?: V[K] | undefined };

interface FormModalProps<V> {
  title: string;
  /** The form's name: its fields' ids start with it, and the form's data-testid is `${name}-form`. */
  name: string;
  initialValues: InitialValues<V>;
  /** Sends the form; a thrown error is shown in the dialog, which stays open with the input. */
  onSubmit: SubmitForm<V>;
  onClose: () => void;
  /** Queries to refresh after a successful submit. */
  invalidates: readonly QueryKey[];
  submitText?: string;
  width?: number;
  children: ReactNode;
}

/**
 * A create-or-edit dialog around an antd Form. The server's refusal (a prohibited location with its
 * articles and penalties, a retention below the floor…) appears above the buttons, where the user
 * just clicked, and the dialog keeps what they typed so they can correct it.
 */
export function FormModal<V extends object>({
  title,
  name,
  initialValues,
  onSubmit,
  onClose,
  invalidates,
  submitText,
  width = 640,
  children,
}: FormModalProps<V>) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<V>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: V) => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
    } catch (err) {
      setError(err);
      setBusy(false);
      return;
    }
    await Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    void message.success(t('common.saved'));
    onClose();
  };

  return (
    <Modal
      open
      title={title}
      width={width}
      style={{ top: 24 }}
      // The dialog fits the window: the fields scroll, the refusal and the buttons stay in view.
      styles={{
        container: { display: 'flex', flexDirection: 'column', maxHeight: 'calc(100vh - 48px)' },
        body: { flex: '1 1 auto', minHeight: 0, overflowY: 'auto', paddingInlineEnd: 8 },
      }}
      // Typed input is not thrown away by a stray click beside the dialog.
      mask={{ closable: false }}
      onCancel={onClose}
      onOk={() => {
        form.submit();
      }}
      okText={submitText ?? t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      footer={(buttons) => (
        <>
          {error !== null && (
            <div style={{ textAlign: 'start', marginBottom: 12, maxHeight: '40vh', overflowY: 'auto' }}>
              <ErrorAlert
                error={error}
                onClose={() => {
                  setError(null);
                }}
              />
            </div>
          )}
          {buttons}
        </>
      )}
    >
      <Form<V>
        form={form}
        name={name}
        layout="vertical"
        data-testid={`${name}-form`}
        initialValues={initialValues}
        onFinish={(v) => {
          void submit(v);
        }}
        scrollToFirstError
      >
        {children}
      </Form>
    </Modal>
  );
}
