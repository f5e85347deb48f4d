import { createSignal } from 'solid-js';

/** The UI languages: Swedish by default, English as the second. */
export type Locale = 'sv' | 'en';

const STORAGE_KEY = 'kompass.locale';

function initialLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv'; // storage blocked: stay Swedish
  }
}

const [locale, setLocaleSignal] = createSignal<Locale>(initialLocale());

export { locale };

export function setLocale(next: Locale): void {
  setLocaleSignal(next);
  document.documentElement.lang = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}

type Message = string | ((...args: never[]) => string);
type Messages = Record<string, Message>;

/**
 * A typed dictionary: the Swedish messages define the keys, the English must have every one
 * (the compiler says which is missing). Returns `t(key, ...args)` reading the current locale.
 */
export function defineMessages<const T extends Messages>(
  sv: T,
  en: { [K in keyof T]: T[K] extends string ? string : T[K] },
) {
  return <K extends keyof T>(
    key: K,
    ...args: T[K] extends (...a: infer A) => string ? A : []
  ): string => {
    const message = (locale() === 'en' ? en : sv)[key];
    return typeof message === 'function'
      ? (message as (...a: unknown[]) => string)(...args)
      : (message as string);
  };
}

const tag = () => (locale() === 'en' ? 'en-GB' : 'sv-SE');

/** `12,5` in Swedish, `12.5` in English; whole numbers without decimals. */
export function formatNumber(value: number | null | undefined, maxDigits = 1): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(tag(), { maximumFractionDigits: maxDigits }).format(value);
}

/** `61 %` in Swedish. */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return `${formatNumber(value, 0)}\u00a0%`;
}

/** `2016-05-23` -> `23 maj 2016`; `2016-05` -> `maj 2016`. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '–';
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month) return value;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(tag(), options).format(date);
}

/** An ISO timestamp as a short local date and time. */
export function formatDateTime(value: string): string {
  return new Intl.DateTimeFormat(tag(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(value),
  );
}
