import { Descriptions, Tag, type DescriptionsProps } from 'antd';
import { useI18n } from '../../i18n/i18n.tsx';
import { isOneOf } from '../registry/enums.ts';
import { APPROVALS, CREDENTIAL_KINDS, LEVELS } from './enums.ts';
import type { AccessRequest } from './types.ts';

type Items = NonNullable<DescriptionsProps['items']>;

/**
 * The route the jurisdiction's profile gives the request: the article, who must approve it (role,
 * organ level, the organs and the people who may), whether an emergency may start first, and how
 * many officers with which credentials must act together.
 */
export function RouteFacts({ request: r }: { request: AccessRequest }) {
  const { t, pick } = useI18n();
  const route = r.route;
  const level = (l: string) => (isOneOf(LEVELS, l) ? t(`access.level.${l}`) : l);
  const items: Items = [
    {
      key: 'article',
      label: t('access.route.article'),
      children: <span data-testid="access-route-article">{route.article}</span>,
    },
    {
      key: 'approval',
      label: t('access.route.approval'),
      children: (
        <span data-testid="access-route-approval">
          {pick(
            route.approvalZh,
            isOneOf(APPROVALS, route.approval) ? t(`access.approval.${route.approval}`) : route.approval,
          )}
        </span>
      ),
    },
    {
      key: 'role',
      label: t('access.route.role'),
      children: route.role === null ? t('access.route.noApproval') : roleName(route.role, t),
    },
    {
      key: 'levels',
      label: t('access.route.levels'),
      children: route.levels === null ? t('access.route.anyLevel') : route.levels.map(level).join(t('access.list.sep')),
    },
    {
      key: 'organizations',
      label: t('access.route.organizations'),
      span: 2,
      children:
        route.organizations.length === 0
          ? '—'
          : route.organizations.map((o) => (
              <Tag key={o.id}>
                {o.name}
                {o.level !== null && t('access.paren', { text: level(o.level) })}
              </Tag>
            )),
    },
    {
      key: 'approvers',
      label: t('access.route.approvers'),
      span: 2,
      children: (
        <span data-testid="access-route-approvers">
          {route.approvers.length === 0 ? '—' : route.approvers.map((a) => a.displayName).join(t('access.list.sep'))}
        </span>
      ),
    },
  ];
  if (route.approveAfter) {
    items.push({
      key: 'after',
      label: t('access.route.approveAfter'),
      span: 2,
      children: t('access.route.approveAfterText'),
    });
  }
  if (r.type !== 'citizen') {
    const p = r.persons;
    items.push(
      {
        key: 'persons',
        label: t('access.route.persons'),
        children: `${t('access.route.minPersons', { n: p.minPersons })}${p.articles.length > 0 ? t('access.paren', { text: p.articles.join(t('access.list.sep')) }) : ''}`,
      },
      {
        key: 'credentials',
        label: t('access.route.credentials'),
        children:
          p.credentials === null
            ? t('access.route.anyCredential')
            : `${p.credentials
                .map((c) => (isOneOf(CREDENTIAL_KINDS, c) ? t(`access.credential.${c}`) : c))
                .join(
                  t('access.list.sep'),
                )}${t('access.paren', { text: p.credentialArticles.join(t('access.list.sep')) })}`,
      },
    );
  }
  return (
    <Descriptions
      size="small"
      bordered
      column={2}
      title={t('access.section.route')}
      items={items}
      data-testid="access-route"
    />
  );
}

function roleName(role: string, t: ReturnType<typeof useI18n>['t']): string {
  return role === 'police_approver'
    ? t('role.police_approver')
    : role === 'unit_manager'
      ? t('role.unit_manager')
      : role;
}
