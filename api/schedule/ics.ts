/**
 * iCalendar (RFC 5545) text for the visit's interviews: CRLF line ends, lines folded at 75
 * octets without splitting a character, TEXT values escaped (backslash, semicolon, comma,
 * newline). Times are local to Europe/Stockholm, with its VTIMEZONE.
 */

export interface IcsEvent {
  uid: string;
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM, Europe/Stockholm. */
  start: string;
  end: string;
  summary: string;
  description: string;
  location: string;
  url: string | null;
}

const CRLF = '\r\n';

/** A TEXT value escaped: `\\`, `\;`, `\,` and `\n` for any line break; other controls dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
    .replace(/\p{Cc}/gu, (char) => (char === '\t' ? char : ''));
}

/** One content line folded at 75 octets (continuation lines start with a space). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // a continuation's leading space counts
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const compact = (date: string, time: string) =>
  `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;

/** DTSTAMP form of an ISO instant: 20260510T080000Z. */
const stamp = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;

const STOCKHOLM = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Stockholm',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** A VCALENDAR of the events; `now` is the DTSTAMP (ISO instant). */
export function icsCalendar(events: IcsEvent[], name: string, now: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kommunkompassen//Intervjuschema//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...STOCKHOLM,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;TZID=Europe/Stockholm:${compact(event.date, event.start)}`,
      `DTEND;TZID=Europe/Stockholm:${compact(event.date, event.end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      `LOCATION:${escapeText(event.location)}`,
      ...(event.url ? [`URL:${event.url}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
