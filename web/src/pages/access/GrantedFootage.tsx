import { Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { GrantedPlayback } from './GrantedPlayback.tsx';
import { when } from '../../components/format/when.ts';
import type { AccessRequest } from './types.ts';

/**
 * The footage a sitting shows: one granted camera and range at a time, chosen from the grant; a
 * copy (复制/调取) only when the grant is for one.
 */
export function GrantedFootage({ request: r }: { request: AccessRequest }) {
  const { t } = useI18n();
  const items = r.items.flatMap((i) =>
    i.from === null || i.to === null ? [] : [{ ...i, fromMs: Date.parse(i.from), toMs: Date.parse(i.to) }],
  );
  const [index, setIndex] = useState(0);
  const item = items[index] ?? items[0];
  if (item === undefined) return null;
  const canCopy = r.type === 'footage' && (r.accessKind === 'copy' || r.accessKind === 'retrieve');
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Space wrap>
        <label htmlFor="access-granted-item">{t('access.sitting.item')}</label>
        <Select
          id="access-granted-item"
          data-testid="access-granted-item"
          style={{ width: 520, maxWidth: '100%' }}
          value={index}
          onChange={setIndex}
          options={items.map((i, n) => ({
            value: n,
            label: t('access.sitting.itemOption', { camera: i.cameraName, from: when(i.from), to: when(i.to) }),
          }))}
        />
        {!canCopy && <Typography.Text type="secondary">{t('access.sitting.viewOnly')}</Typography.Text>}
      </Space>
      <GrantedPlayback
        key={`${item.cameraId}-${item.fromMs}`}
        cameraId={item.cameraId}
        cameraName={item.cameraName}
        bounds={{ fromMs: item.fromMs, toMs: item.toMs }}
        purpose={{ purpose: r.purpose, caseNo: r.caseNo ?? '', requestingUnit: r.requestingUnit }}
        canCopy={canCopy}
      />
    </Space>
  );
}
