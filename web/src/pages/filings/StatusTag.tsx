import { Tag } from 'antd';
import { useI18n } from '../../i18n/i18n.tsx';
import { STATUS_COLOR, type Filing } from './filings.ts';

/** A filing's state as a coloured tag (data-status carries the code). */
export function StatusTag({ filing: f }: { filing: Filing }) {
  const { t } = useI18n();
  return (
    <span data-testid="filing-status" data-status={f.status}>
      <Tag color={STATUS_COLOR[f.status]}>{t(`filings.status.${f.status}`)}</Tag>
    </span>
  );
}
