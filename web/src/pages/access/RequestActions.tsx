import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useUser } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { ApproveForm } from './ApproveForm.tsx';
import { ConsentForm } from './ConsentForm.tsx';
import { decides, mayUploadScan } from './permissions.ts';
import { ReasonForm, type ReasonAction } from './ReasonForm.tsx';
import { ACCESS_KEY, uploadScan } from './requests.ts';
import { SCAN_TYPES } from './rules.ts';
import type { AccessRequest } from './types.ts';

type Dialog = 'approve' | 'consent' | ReasonAction;

/**
 * What the user may do with the request now: the routed approver approves (with the approval
 * document) or refuses; the unit's manager agrees to or refuses a citizen's request; an approved
 * grant can be revoked; the officers or the approver upload the approval document's scan.
 */
export function RequestActions({ request: r }: { request: AccessRequest }) {
  const { t } = useI18n();
  const user = useUser();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const decider = decides(r, user);
  const pending = r.status === 'pending';
  const close = () => {
    setDialog(null);
  };
  const open = (d: Dialog) => () => {
    setDialog(d);
  };
  const buttons = [
    decider && pending && r.type !== 'citizen' && (
      <Button key="approve" type="primary" data-testid="access-approve" onClick={open('approve')}>
        {t('access.action.approve')}
      </Button>
    ),
    decider && pending && r.type === 'citizen' && (
      <Button key="consent" type="primary" data-testid="access-consent" onClick={open('consent')}>
        {t('access.action.consent')}
      </Button>
    ),
    decider && pending && (
      <Button key="refuse" danger data-testid="access-refuse" onClick={open('refuse')}>
        {t(r.type === 'citizen' ? 'access.action.refuseCitizen' : 'access.action.refuse')}
      </Button>
    ),
    decider && r.status === 'approved' && (
      <Button key="revoke" danger data-testid="access-revoke" onClick={open('revoke')}>
        {t('access.action.revoke')}
      </Button>
    ),
    mayUploadScan(r, user) && <ScanUploadButton key="scan" request={r} />,
  ].filter((b) => b !== false);
  return (
    <>
      {(buttons.length > 0 || (pending && !decider)) && (
        <Space wrap size={12} data-testid="access-actions">
          {buttons}
          {pending && !decider && (
            <Typography.Text type="secondary" data-testid="access-awaiting">
              {t('access.action.awaiting', {
                who: r.route.approvers.map((a) => a.displayName).join(t('access.list.sep')) || '—',
                article: r.route.article,
              })}
            </Typography.Text>
          )}
        </Space>
      )}
      {dialog === 'approve' && <ApproveForm request={r} onClose={close} />}
      {dialog === 'consent' && <ConsentForm request={r} onClose={close} />}
      {(dialog === 'refuse' || dialog === 'revoke') && <ReasonForm request={r} action={dialog} onClose={close} />}
    </>
  );
}

/** Uploads (or replaces) the approval document's scan; the error stays in view until the next try. */
function ScanUploadButton({ request: r }: { request: AccessRequest }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: (file: File) => uploadScan(r.id, file),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [ACCESS_KEY] });
      void message.success(t('access.scan.uploaded'));
    },
  });
  return (
    <>
      <Upload
        accept={SCAN_TYPES.join(',')}
        showUploadList={false}
        data-testid="access-upload-scan"
        beforeUpload={(file) => {
          upload.mutate(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={upload.isPending}>
          {t(r.document?.scan == null ? 'access.scan.upload' : 'access.scan.replace')}
        </Button>
      </Upload>
      {upload.isError && <ErrorAlert error={upload.error} onClose={upload.reset} />}
    </>
  );
}
