import { FilePdfOutlined } from '@ant-design/icons';
import { Button } from 'antd';

/** A link to a form the server prints as a PDF, opened in a new tab. */
export function PdfButton({ href, label, testId }: { href: string; label: string; testId: string }) {
  return (
    <Button
      size="small"
      type="link"
      icon={<FilePdfOutlined />}
      href={href}
      target="_blank"
      rel="noopener"
      data-testid={testId}
    >
      {label}
    </Button>
  );
}
