import { AlertOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { ReportForm } from './ReportForm.tsx';
import { mayReport, type ReportSource } from './reports.ts';

/**
 * The "report suspicious information" button of the live wall and playback: it opens the report
 * form with the camera and the time filled in. `at` is the footage time in playback; leave it out
 * on the live wall (the time the button is pressed). Shown only to the roles that report.
 */
export function ReportButton({
  cameraId,
  at,
  source,
  size,
}: {
  cameraId: string;
  at?: Date | string | undefined;
  /** Default: 'playback' when `at` is given, else 'live'. */
  source?: ReportSource | undefined;
  size?: 'small' | 'middle' | 'large' | undefined;
}) {
  const { t } = useI18n();
  const user = useUser();
  const [open, setOpen] = useState<{ at: Date | string } | null>(null);
  if (!mayReport(user.role)) return null;
  return (
    <>
      <Button
        danger
        icon={<AlertOutlined />}
        size={size ?? 'middle'}
        data-testid="report-button"
        onClick={() => {
          setOpen({ at: at ?? new Date() });
        }}
      >
        {t('reports.button')}
      </Button>
      {open !== null && (
        <ReportForm
          preset={{ cameraId, at: open.at, source: source ?? (at === undefined ? 'live' : 'playback') }}
          onClose={() => {
            setOpen(null);
          }}
        />
      )}
    </>
  );
}
