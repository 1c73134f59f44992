import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Upload, type UploadFile } from 'antd';
import { useI18n } from '../../i18n/i18n.tsx';
import { MAX_SCAN_BYTES, SCAN_TYPES } from './rules.ts';

/** The file a scan field holds, if any. */
export function scanFile(list: readonly UploadFile[] | undefined): File | null {
  const f = list?.[0]?.originFileObj;
  return f === undefined ? null : f;
}

/**
 * The approval document's scan (批准文件; the officers show it: 安徽 第二十二条(三), 辽宁 第十八条(二)),
 * picked here and sent after the form: PDF, JPEG or PNG, at most 10 MiB.
 */
export function ScanField({ label, extra }: { label: string; extra?: string }) {
  const { t } = useI18n();
  return (
    <Form.Item
      name="scan"
      label={label}
      {...(extra !== undefined ? { extra } : {})}
      valuePropName="fileList"
      getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
      rules={[
        {
          validator: (_r, list: UploadFile[] | undefined) => {
            const f = scanFile(list);
            if (f === null) return Promise.resolve();
            if (!(SCAN_TYPES as readonly string[]).includes(f.type))
              return Promise.reject(new Error(t('access.scan.type')));
            if (f.size > MAX_SCAN_BYTES) return Promise.reject(new Error(t('access.scan.size')));
            return Promise.resolve();
          },
        },
      ]}
    >
      <Upload accept={SCAN_TYPES.join(',')} maxCount={1} beforeUpload={() => false} data-testid="access-scan-upload">
        <Button icon={<UploadOutlined />}>{t('access.scan.pick')}</Button>
      </Upload>
    </Form.Item>
  );
}
