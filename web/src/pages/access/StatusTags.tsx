import { Tag } from 'antd';
import { useI18n } from '../../i18n/i18n.tsx';
import type { AccessRequest, RequestStatus } from './types.ts';

const STATUS_COLOR: Record<RequestStatus, string> = {
  pending: 'gold',
  approved: 'green',
  refused: 'red',
  revoked: 'default',
};

/**
 * A request's state: pending, approved (and whether its grant is in force now), refused, revoked;
 * an emergency that began before its approval is flagged in red until it is approved.
 */
export function StatusTags({ request: r }: { request: AccessRequest }) {
  const { t } = useI18n();
  return (
    <span data-testid="access-status" data-status={r.status} data-active={r.active}>
      <Tag color={STATUS_COLOR[r.status]}>{t(`access.status.${r.status}`)}</Tag>
      {r.status === 'approved' && !r.active && <Tag>{t('access.status.lapsed')}</Tag>}
      {r.status === 'approved' && r.active && <Tag color="blue">{t('access.status.active')}</Tag>}
      {r.emergencyUnapproved ? (
        <Tag color="red" data-testid="access-emergency-unapproved">
          {t('access.emergency.unapproved')}
        </Tag>
      ) : (
        r.emergency && <Tag color="orange">{t('access.emergency.tag')}</Tag>
      )}
    </span>
  );
}
