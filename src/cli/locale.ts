/**
 * The CLI's language: Japanese unless the environment names another one. SAIKEN_LANG wins, then
 * the POSIX locale variables in their order of precedence; "C"/"POSIX" name no language (the default
 * of many servers and containers), so they keep Japanese.
 */
import { languageOf, type Language } from '../i18n';
import { CLI_TEXT, type CliText } from '../i18n/cli';

export function cliLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  for (const name of ['SAIKEN_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (!value) continue;
    if (/^(C|POSIX)([._@].*)?$/i.test(value)) continue;
    return languageOf(value);
  }
  return 'ja';
}

export function cliText(language: Language): CliText {
  return CLI_TEXT[language];
}
