import { DatePicker } from 'antd';
import type { ComponentProps } from 'react';

type RangePickerProps = ComponentProps<typeof DatePicker.RangePicker>;

const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** The id of a LabelledRangePicker's start input, for its Form.Item's `htmlFor`. */
export const rangeStartId = (idBase: string): string => `${idBase}-start`;

/**
 * A range picker whose two inputs both have a label: the start input the Form.Item's own (give the
 * item `htmlFor={rangeStartId(idBase)}`), the end input one read out by screen readers only.
 */
export function LabelledRangePicker({
  idBase,
  endLabel,
  ...props
}: Omit<RangePickerProps, 'id'> & { idBase: string; endLabel: string }) {
  const end = `${idBase}-end`;
  return (
    <>
      <DatePicker.RangePicker {...props} id={{ start: rangeStartId(idBase), end }} />
      <label htmlFor={end} style={VISUALLY_HIDDEN}>
        {endLabel}
      </label>
    </>
  );
}
