import { Drawer, Tag } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { INSPECTION_STATUS_COLOR } from './enums.ts';
import { InspectionView } from './InspectionView.tsx';
import { useInspection } from './queries.ts';

/** One inspection in a drawer: its facts, the checklist with results, completion and the order. */
export function InspectionDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useI18n();
  const inspection = useInspection(id);
  const i = inspection.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="min(1160px, 100vw)"
      destroyOnHidden
      data-testid="inspection-drawer"
      title={t('supervision.inspection.title')}
      extra={
        i !== undefined && (
          <Tag color={INSPECTION_STATUS_COLOR[i.status]} data-testid="inspection-drawer-status" data-status={i.status}>
            {t(`supervision.status.${i.status}`)}
          </Tag>
        )
      }
    >
      {inspection.error !== null && <ErrorAlert error={inspection.error} />}
      {i !== undefined && <InspectionView key={i.id} inspection={i} />}
    </Drawer>
  );
}
