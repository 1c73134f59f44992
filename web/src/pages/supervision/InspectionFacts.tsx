import { Descriptions, Tooltip, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n.tsx';
import { when } from '../../components/format/when.ts';
import { nameOf, useAll } from '../registry/lists.ts';
import type { Inspection } from './types.ts';

/** What an inspection is: the unit, day, kind, inspectors, the articles it is done under, its outcome. */
export function InspectionFacts({ inspection: i }: { inspection: Inspection }) {
  const { t } = useI18n();
  const orgs = useAll('/api/v1/organizations');
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      data-testid="inspection-facts"
      items={[
        { key: 'unit', label: t('supervision.field.unit'), children: nameOf(orgs.data, i.orgId) },
        { key: 'plannedFor', label: t('supervision.field.plannedFor'), children: i.plannedFor },
        { key: 'kind', label: t('supervision.field.kind'), children: t(`supervision.kind.${i.kind}`) },
        {
          key: 'inspectors',
          label: t('supervision.field.inspectors'),
          children: i.inspectors.join(t('supervision.listSeparator')),
        },
        {
          key: 'basis',
          label: t('supervision.field.basis'),
          span: 'filled',
          children:
            i.basis.length === 0
              ? t('common.none')
              : i.basis.map((b, n) => (
                  <span key={b.article}>
                    {n > 0 && t('supervision.listSeparator')}
                    <Tooltip title={b.statementZh}>
                      <Typography.Text underline>{b.article}</Typography.Text>
                    </Tooltip>
                  </span>
                )),
        },
        { key: 'asOf', label: t('supervision.field.asOf'), children: when(i.asOf) },
        { key: 'items', label: t('supervision.field.items'), children: i.items.length },
        ...(i.notes === null
          ? []
          : [{ key: 'notes', label: t('supervision.field.notes'), span: 'filled' as const, children: i.notes }]),
        ...(i.completedAt === null
          ? []
          : [
              { key: 'completedAt', label: t('supervision.field.completedAt'), children: when(i.completedAt) },
              {
                key: 'summary',
                label: t('supervision.field.summary'),
                children: i.summary ?? t('common.none'),
              },
            ]),
      ]}
    />
  );
}
