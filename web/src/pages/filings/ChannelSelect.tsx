import { Select, type SelectProps } from 'antd';
import { useI18n } from '../../i18n/i18n.tsx';
import { FILING_CHANNELS, type FilingChannel } from './filings.ts';

/**
 * The channel a filing goes by: the ones the articles in force name (`allowed`), or every channel
 * a text names when none restricts it. Form.Item's id, value and onChange pass through.
 */
export function ChannelSelect({
  allowed,
  ...props
}: { allowed: readonly string[] | null } & Omit<SelectProps<FilingChannel>, 'options'>) {
  const { t } = useI18n();
  const channels = allowed === null ? FILING_CHANNELS : FILING_CHANNELS.filter((c) => allowed.includes(c));
  return (
    <Select<FilingChannel>
      allowClear
      {...props}
      options={channels.map((c) => ({ value: c, label: t(`filings.channel.${c}`) }))}
    />
  );
}
