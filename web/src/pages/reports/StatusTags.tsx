import { Tag } from 'antd';
import { useI18n } from '../../i18n/i18n.tsx';
import { STATUS_COLOR, type Report } from './reports.ts';

/** A report's state, and in red when the police have not handled it in time (安徽 第二十七条(五)). */
export function StatusTags({ report: r }: { report: Report }) {
  const { t } = useI18n();
  return (
    <span data-testid="report-status" data-status={r.status} data-overdue={r.overdue}>
      <Tag color={STATUS_COLOR[r.status]}>{t(`reports.status.${r.status}`)}</Tag>
      {r.overdue && (
        <Tag color="red" data-testid="report-overdue">
          {t('reports.overdue')}
        </Tag>
      )}
    </span>
  );
}
