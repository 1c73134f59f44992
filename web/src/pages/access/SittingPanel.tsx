import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Empty, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, ApiError, unwrap } from '../../api/client.ts';
import { useUser } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { GrantedFootage } from './GrantedFootage.tsx';
import { GrantedLive } from './GrantedLive.tsx';
import { OpenSittingForm } from './OpenSittingForm.tsx';
import { lacksScan, maySit } from './permissions.ts';
import { when } from '../../components/format/when.ts';
import type { CurrentSitting } from './sitting.ts';
import type { AccessRequest, Sitting } from './types.ts';

/**
 * The sitting of a request: opened by a named officer and confirmed by the second (or by the unit's
 * staff with a citizen); inside it the granted cameras and ranges only, and the copy if the grant
 * allows one; then closed.
 */
export function SittingPanel({ request: r, sitting }: { request: AccessRequest; sitting: CurrentSitting }) {
  const { t } = useI18n();
  const user = useUser();
  const [opening, setOpening] = useState(false);
  const open = sitting.value !== null && sitting.value.requestId === r.id ? sitting.value : null;

  if (open !== null && r.active) return <OpenSitting request={r} sitting={open} onClosed={sitting.clear} />;
  if (!maySit(r, user)) return <Empty description={t(whyNot(r))} data-testid="access-sitting-unavailable" />;
  const blocked = lacksScan(r);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="access-sitting-start">
      <Typography.Paragraph style={{ margin: 0 }}>
        {t(r.type === 'citizen' ? 'access.sitting.citizenIntro' : 'access.sitting.intro', {
          until: when(r.validUntil),
        })}
      </Typography.Paragraph>
      {blocked && <Alert type="warning" showIcon title={t('access.sitting.needsScan')} />}
      {sitting.value !== null && <Alert type="info" showIcon title={t('access.sitting.supersedes')} />}
      <Button
        type="primary"
        disabled={blocked}
        data-testid="access-sitting-open"
        onClick={() => {
          setOpening(true);
        }}
      >
        {t('access.sitting.open')}
      </Button>
      {opening && (
        <OpenSittingForm
          request={r}
          onOpened={sitting.set}
          onClose={() => {
            setOpening(false);
          }}
        />
      )}
    </Space>
  );
}

/** Why no sitting can be opened here. */
function whyNot(r: AccessRequest) {
  if (r.status === 'pending' && !r.active) return 'access.sitting.notApproved' as const;
  if (r.status === 'refused') return 'access.sitting.refused' as const;
  if (r.status === 'revoked') return 'access.sitting.revoked' as const;
  if (!r.active) return 'access.sitting.lapsed' as const;
  return 'access.sitting.notNamed' as const;
}

/** An open sitting: who sits, until when, the footage it shows, and closing it. */
function OpenSitting({
  request: r,
  sitting: s,
  onClosed,
}: {
  request: AccessRequest;
  sitting: Sitting;
  onClosed: () => void;
}) {
  const { t } = useI18n();
  const close = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/access-requests/{id}/sittings/{sittingId}/close', {
          params: { path: { id: r.id, sittingId: s.id } },
        }),
      ),
    onSuccess: onClosed,
    // Already gone at the server (superseded by another sitting, or the grant ended): nothing to close.
    onError: (err) => {
      if (err instanceof ApiError && err.status === 404) onClosed();
    },
  });
  const names = [s.openedBy, s.partnerUserId].flatMap((id) =>
    r.officers.filter((o) => o.userId === id).map((o) => o.name),
  );
  return (
    <Space
      orientation="vertical"
      size={12}
      style={{ width: '100%' }}
      data-testid="access-sitting"
      data-sitting-id={s.id}
    >
      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <Descriptions
          size="small"
          column={3}
          style={{ flex: '1 1 600px' }}
          items={[
            {
              key: 'who',
              label: t('access.sitting.who'),
              children: names.length > 0 ? names.join(t('access.list.sep')) : (s.unitHandler ?? '—'),
            },
            { key: 'opened', label: t('access.sitting.openedAt'), children: when(s.openedAt) },
            { key: 'expires', label: t('access.sitting.expiresAt'), children: when(s.expiresAt) },
          ]}
        />
        <Button
          danger
          loading={close.isPending}
          data-testid="access-sitting-close"
          onClick={() => {
            close.mutate();
          }}
        >
          {t('access.sitting.close')}
        </Button>
      </div>
      {close.isError && <ErrorAlert error={close.error} />}
      {r.type === 'direct_connection' ? <GrantedLive request={r} /> : <GrantedFootage request={r} />}
    </Space>
  );
}
