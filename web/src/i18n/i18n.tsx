import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { format, LANGUAGES, messages, type Language, type MessageKey } from './messages.ts';

const STORAGE_KEY = 'psvis.language';

/** What components get from useI18n(); function properties, so `const { t, pick } = useI18n()` is safe. */
export interface I18n {
  language: Language;
  setLanguage: (l: Language) => void;
  /** The message in the current language, with {name} placeholders filled. */
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  /** Picks the Chinese or English one of a pair of server fields (titleZh/titleEn…). */
  pick: (zh: string, en: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.find((l) => l === saved) ?? 'zh-CN';
}

/** Provides the language (Chinese by default, the user's choice kept in the browser). */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const setLanguage = useCallback((l: Language) => {
    localStorage.setItem(STORAGE_KEY, l);
    document.documentElement.lang = l;
    setLanguageState(l);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage,
      t: (key, vars) => format(messages[language][key], vars),
      pick: (zh, en) => (language === 'zh-CN' ? zh : en),
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The i18n layer: every string the console shows goes through t(). */
export function useI18n(): I18n {
  const v = useContext(I18nContext);
  if (v === null) throw new Error('useI18n outside I18nProvider');
  return v;
}
