import { Table, Tag, type TableColumnsType } from 'antd';
import { useI18n } from '../../i18n/i18n.tsx';
import { locationCategoryOf, useCategories } from '../registry/lists.ts';
import type { Filing, FilingPoint } from './filings.ts';

/** A coordinate to six places (about 0.1 m), or a dash. */
const coordinate = (v: number | null): string => (v === null ? '—' : v.toFixed(6));

/**
 * The point list (点位分布) psvis draws up from the registry: each camera with its device ID, site,
 * location category, type, position and direction, whether it is important, signposted, and how
 * long it keeps footage.
 */
export function PointsTable({ filing: f }: { filing: Filing }) {
  const { t, pick } = useI18n();
  const categories = useCategories();
  const yesNo = (b: boolean) => (b ? <Tag color="blue">{t('common.yes')}</Tag> : t('common.no'));
  const columns: TableColumnsType<FilingPoint> = [
    { key: 'seq', title: t('filings.point.seq'), width: 56, render: (_, p) => p.seq },
    { key: 'name', title: t('filings.point.camera'), width: 180, render: (_, p) => p.name },
    { key: 'deviceId', title: t('filings.point.deviceId'), width: 190, render: (_, p) => p.deviceId },
    { key: 'site', title: t('filings.point.site'), width: 160, ellipsis: true, render: (_, p) => p.siteName },
    {
      key: 'location',
      title: t('filings.point.location'),
      width: 140,
      render: (_, p) => {
        const l = locationCategoryOf(categories.data?.locations, p.locationCategory);
        return l === undefined ? p.locationZh : pick(l.nameZh, l.nameEn);
      },
    },
    { key: 'type', title: t('filings.point.type'), width: 120, render: (_, p) => p.typeZh },
    {
      key: 'position',
      title: t('filings.point.position'),
      width: 200,
      render: (_, p) =>
        p.latitude === null && p.longitude === null ? '—' : `${coordinate(p.latitude)}, ${coordinate(p.longitude)}`,
    },
    {
      key: 'direction',
      title: t('filings.point.direction'),
      width: 80,
      render: (_, p) => (p.directionDeg === null ? '—' : `${p.directionDeg}°`),
    },
    { key: 'important', title: t('filings.point.important'), width: 80, render: (_, p) => yesNo(p.important) },
    { key: 'signage', title: t('filings.point.signage'), width: 80, render: (_, p) => yesNo(p.signage) },
    {
      key: 'retention',
      title: t('filings.point.retention'),
      width: 100,
      render: (_, p) => (p.retentionDays === null ? '—' : t('filings.days', { days: p.retentionDays })),
    },
  ];
  return (
    <Table<FilingPoint>
      aria-label={t('filings.drawer.points', { count: f.content?.points.length ?? 0 })}
      data-testid="filing-points"
      rowKey="cameraId"
      size="small"
      columns={columns}
      dataSource={f.content?.points ?? []}
      locale={{ emptyText: t('filings.points.empty') }}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 'max-content' }}
    />
  );
}
