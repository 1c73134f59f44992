import { Alert, Typography } from 'antd';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

interface Penalty {
  article: string;
  rangeZh: string;
  rangeEn: string;
}

function stringArray(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function penalties(v: unknown): Penalty[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((p: unknown) => {
    if (typeof p !== 'object' || p === null) return [];
    const o = p as Record<string, unknown>;
    return typeof o['article'] === 'string' && typeof o['rangeZh'] === 'string' && typeof o['rangeEn'] === 'string'
      ? [{ article: o['article'], rangeZh: o['rangeZh'], rangeEn: o['rangeEn'] }]
      : [];
  });
}

/**
 * An error as the user should read it: the server's message in their language, and for a refusal
 * by the law the articles it cites and the penalty ranges (PSVIS_ERR_PROHIBITED_LOCATION…), not a
 * generic "failed".
 */
export function ErrorAlert({ error, onClose }: { error: unknown; onClose?: () => void }) {
  const { t, pick } = useI18n();
  if (error === null || error === undefined) return null;
  let message: string;
  let code: string | null = null;
  let articles: string[] = [];
  let ranges: Penalty[] = [];
  if (error instanceof ApiError) {
    const d = error.details;
    const zh = typeof d['messageZh'] === 'string' ? d['messageZh'] : null;
    const en = typeof d['messageEn'] === 'string' ? d['messageEn'] : null;
    message = zh !== null && en !== null ? pick(zh, en) : error.message;
    code = error.code;
    articles = stringArray(d['articles']);
    ranges = penalties(d['penalties']);
  } else if (error instanceof TypeError) {
    message = t('error.network');
  } else {
    message = error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="error-alert"
      {...(onClose !== undefined ? { closable: { onClose } } : {})}
      title={message}
      description={
        code === null && articles.length === 0 ? undefined : (
          <div>
            {articles.length > 0 && (
              <div data-testid="error-articles">
                <Typography.Text strong>{t('error.articles')}：</Typography.Text>
                {articles.join('、')}
              </div>
            )}
            {ranges.length > 0 && (
              <div data-testid="error-penalties">
                <Typography.Text strong>{t('error.penalties')}：</Typography.Text>
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {ranges.map((p) => (
                    <li key={p.article}>
                      {p.article}：{pick(p.rangeZh, p.rangeEn)}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {code !== null && (
              <Typography.Text type="secondary">
                {t('error.code')}: {code}
              </Typography.Text>
            )}
          </div>
        )
      }
    />
  );
}
