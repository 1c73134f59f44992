import { Alert, Descriptions, Space, Tag, Typography, type DescriptionsProps } from 'antd';
import { useI18n } from '../../i18n/i18n.tsx';
import { when } from '../../components/format/when.ts';
import { isOneOf, LIFECYCLE } from '../registry/enums.ts';
import { locationCategoryOf, placeCategoryOf, useCategories } from '../registry/lists.ts';
import { FILING_CHANNELS, type Filing } from './filings.ts';
import { DeadlineText } from './FilingsTable.tsx';

type Items = NonNullable<DescriptionsProps['items']>;

/** A value or a dash. */
const orDash = (v: string | null | undefined): string => (v === null || v === undefined || v === '' ? '—' : v);

/** A titled block of label–value pairs, two columns where there is room. */
function Section({ title, items, testId }: { title: string; items: Items; testId: string }) {
  return (
    <Descriptions
      data-testid={testId}
      title={title}
      size="small"
      bordered
      column={{ xs: 1, sm: 1, md: 2 }}
      items={items}
    />
  );
}

/** What the filing says: its own particulars, the site visit, and what psvis filled from the registry. */
export function FilingFacts({ filing: f }: { filing: Filing }) {
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Particulars filing={f} />
      <SiteVisit filing={f} />
      <RegistryFacts filing={f} />
    </Space>
  );
}

function Particulars({ filing: f }: { filing: Filing }) {
  const { t } = useI18n();
  const sep = t('filings.sep');
  const code = f.channel ?? '';
  const channel = isOneOf(FILING_CHANNELS, code) ? t(`filings.channel.${code}`) : f.channelZh;
  const expected = f.terms.recipient.nameZh;
  const items: Items = [
    { key: 'org', label: t('filings.field.unit'), children: f.orgName },
    { key: 'system', label: t('filings.field.system'), children: f.systemName },
    { key: 'kind', label: t('filings.field.kind'), children: t(`filings.kind.${f.kind}`) },
    { key: 'channel', label: t('filings.field.channel'), children: orDash(channel) },
    {
      key: 'recipient',
      label: t('filings.field.recipient'),
      children:
        f.recipient?.name ??
        (expected === null
          ? '—'
          : t('filings.recipient.expected', {
              office: f.terms.recipient.article === null ? expected : `${expected} · ${f.terms.recipient.article}`,
            })),
    },
    { key: 'reference', label: t('filings.field.reference'), children: orDash(f.reference) },
    {
      key: 'submittedAt',
      label: t('filings.field.submittedAt'),
      children:
        f.submissions > 1
          ? t('filings.submissions', { at: when(f.submittedAt), count: f.submissions })
          : when(f.submittedAt),
    },
    { key: 'receivedAt', label: t('filings.field.receivedAt'), children: when(f.receivedAt) },
    { key: 'deadline', label: t('filings.field.deadline'), children: <DeadlineText filing={f} /> },
    { key: 'articles', label: t('filings.field.articles'), children: f.terms.articles.join(sep) || '—' },
  ];
  if (f.kind === 'change') {
    items.push({
      key: 'change',
      label: t('filings.field.changeSummary'),
      span: 'filled',
      children: orDash(f.changeSummary),
    });
  }
  if (f.kind === 'removal') {
    items.push(
      { key: 'removalDate', label: t('filings.field.removalDate'), children: orDash(f.removalDate) },
      { key: 'removalReason', label: t('filings.field.removalReason'), children: orDash(f.removalReason) },
    );
    if (f.notice !== null) {
      const n = f.notice;
      items.push({
        key: 'notice',
        label: t('filings.field.notice'),
        span: 'filled',
        children: (
          <span data-testid="filing-notice">
            {t('filings.notice.rule', { article: n.article, days: n.daysBefore, date: orDash(n.latestDate) })}
            {n.givenAt !== null && (
              <Tag color={n.inTime === false ? 'red' : 'green'} style={{ marginInlineStart: 8 }}>
                {t(n.inTime === false ? 'filings.notice.late' : 'filings.notice.given', { date: n.givenAt })}
              </Tag>
            )}
          </span>
        ),
      });
    }
  }
  if (f.decision !== null) {
    items.push({
      key: 'decision',
      label: t('filings.field.decidedAt'),
      children: when(f.decision.at),
    });
  }
  items.push(
    { key: 'notes', label: t('filings.field.notes'), span: 'filled', children: orDash(f.notes) },
    { key: 'filledAt', label: t('filings.field.filledAt'), children: when(f.filledAt) },
  );
  return <Section testId="filing-particulars" title={t('filings.section.particulars')} items={items} />;
}

function SiteVisit({ filing: f }: { filing: Filing }) {
  const { t } = useI18n();
  const v = f.siteVisit;
  if (v.article === null && v.plannedFor === null && v.visitedAt === null) return null;
  const items: Items = [
    {
      key: 'rule',
      label: t('filings.field.visitRule'),
      children: v.article === null ? '—' : t('filings.visit.rule', { article: v.article, days: v.days ?? '—' }),
    },
    {
      key: 'due',
      label: t('filings.field.visitDue'),
      children: (
        <Typography.Text {...(v.overdue ? { type: 'danger' as const } : {})}>
          {orDash(v.dueDate)}
          {v.overdue && (
            <Tag color="red" style={{ marginInlineStart: 8 }}>
              {t('filings.overdue')}
            </Tag>
          )}
        </Typography.Text>
      ),
    },
    { key: 'planned', label: t('filings.field.plannedFor'), children: orDash(v.plannedFor) },
    { key: 'visited', label: t('filings.field.visitedAt'), children: orDash(v.visitedAt) },
    { key: 'notes', label: t('filings.field.visitNotes'), span: 'filled', children: orDash(v.notes) },
  ];
  return <Section testId="filing-site-visit" title={t('filings.section.siteVisit')} items={items} />;
}

function RegistryFacts({ filing: f }: { filing: Filing }) {
  const { t, pick } = useI18n();
  const categories = useCategories();
  const c = f.content;
  if (c === null) return <Alert type="info" showIcon title={t('filings.content.none')} />;
  const yesNo = (b: boolean) => t(b ? 'common.yes' : 'common.no');
  const sep = t('filings.sep');
  const unit: Items = [
    { key: 'name', label: t('filings.field.unit'), children: c.unit.name },
    { key: 'credit', label: t('filings.field.creditCode'), children: orDash(c.unit.creditCode) },
    { key: 'address', label: t('filings.field.address'), children: orDash(c.unit.address) },
    { key: 'jurisdiction', label: t('filings.field.jurisdiction'), children: c.unit.jurisdiction },
    { key: 'contact', label: t('filings.field.contact'), children: orDash(c.unit.contactName) },
    { key: 'phone', label: t('filings.field.phone'), children: orDash(c.unit.contactPhone) },
    { key: 'gov', label: t('filings.field.government'), children: yesNo(c.unit.isGovernment) },
  ];
  const s = c.system;
  const system: Items = [
    { key: 'name', label: t('filings.field.system'), children: s.name },
    {
      key: 'lifecycle',
      label: t('registry.field.lifecycle'),
      children: isOneOf(LIFECYCLE, s.lifecycle) ? t(`registry.lifecycle.${s.lifecycle}`) : s.lifecycle,
    },
    { key: 'builder', label: t('filings.field.builder'), children: orDash(s.builderName) },
    { key: 'maintainer', label: t('filings.field.maintainer'), children: orDash(s.maintainerName) },
    { key: 'accepted', label: t('filings.field.acceptedAt'), children: orDash(s.acceptedAt) },
    { key: 'inUse', label: t('filings.field.inUseAt'), children: orDash(s.inUseAt) },
    { key: 'changed', label: t('filings.field.changedAt'), children: orDash(s.changedAt) },
    { key: 'removed', label: t('filings.field.removedAt'), children: orDash(s.removedAt) },
    { key: 'agreement', label: t('filings.field.agreementRef'), children: orDash(s.maintenanceAgreementRef) },
    { key: 'gov', label: t('filings.field.governmentBuilt'), children: yesNo(s.governmentBuilt) },
  ];
  const placeName = (code: string, zh: string) => {
    const p = placeCategoryOf(categories.data?.places, code);
    return p === undefined ? zh : pick(p.nameZh, p.nameEn);
  };
  const cameras: Items = [
    {
      key: 'sites',
      label: t('filings.field.sites'),
      span: 'filled',
      children:
        c.sites.length === 0
          ? '—'
          : c.sites
              .map((x) =>
                t('filings.site', {
                  name: x.name,
                  place: placeName(x.placeCategory, x.placeZh),
                  address: orDash(x.address),
                }),
              )
              .join(sep),
    },
    {
      key: 'total',
      label: t('filings.field.cameraCount'),
      children: t('filings.cameras.count', {
        total: c.cameras.total,
        important: c.cameras.important,
        signage: c.cameras.signage,
      }),
    },
    {
      key: 'retention',
      label: t('filings.field.retention'),
      children: t('filings.retention', {
        days: c.retention.floorDays,
        articles: c.retention.articles.join(sep) || '—',
      }),
    },
    {
      key: 'types',
      label: t('filings.field.cameraTypes'),
      children: c.cameras.byType.map((x) => `${x.typeZh} × ${x.count}`).join(sep) || '—',
    },
    {
      key: 'locations',
      label: t('filings.field.cameraLocations'),
      children:
        c.cameras.byLocation
          .map((x) => {
            const l = locationCategoryOf(categories.data?.locations, x.code);
            return `${l === undefined ? x.nameZh : pick(l.nameZh, l.nameEn)} × ${x.count}`;
          })
          .join(sep) || '—',
    },
  ];
  return (
    <>
      <Section testId="filing-unit" title={t('filings.section.unit')} items={unit} />
      <Section testId="filing-system" title={t('filings.section.system')} items={system} />
      <Section testId="filing-cameras" title={t('filings.section.cameras')} items={cameras} />
    </>
  );
}
