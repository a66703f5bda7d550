import { en } from './en';
import { ja, type Messages } from './ja';

export type { MessageKey, Messages } from './ja';
import type { MessageKey } from './ja';
export type Language = 'ja' | 'en';

const CATALOGS: Record<Language, Messages> = { ja, en };

/** Japanese unless the tag names another language: an unknown or missing tag stays Japanese. */
export function languageOf(tag: string | null | undefined): Language {
  if (!tag) return 'ja';
  return tag.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** Office's display language inside Excel, else the browser's. */
export function displayLanguage(): string | undefined {
  try {
    const office = typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage;
    if (office) return office;
  } catch {
    // Office.context throws before Office.onReady in some hosts; the browser language will do.
  }
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}

export function messages(language: Language = languageOf(displayLanguage())): Messages {
  return CATALOGS[language];
}

/** Fills `{name}` placeholders; a missing parameter stays visible rather than vanishing. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A message in both languages, for the pane to show in the user's. */
export interface Bilingual {
  ja: string;
  en: string;
}

export function bilingual(key: MessageKey, params?: Record<string, string | number>): Bilingual {
  return { ja: fill(CATALOGS.ja[key], params), en: fill(CATALOGS.en[key], params) };
}
