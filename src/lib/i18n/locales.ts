export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The other locale, for the language switcher and counterpart checks. */
export function otherLocale(locale: Locale): Locale {
	return locale === 'zh-CN' ? 'en' : 'zh-CN';
}

export const localeNames: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };
