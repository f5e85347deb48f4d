import type { ConflictField } from '../components/conflict-dialog';
import { locale } from './i18n';

/**
 * The text fields a conflicting edit holds, by its key's kind (`evaluatorScore:…`,
 * `consensusScore:…`, `evidence:…`, `areaText:…`).
 */
export function conflictFields(key: string): ConflictField[] {
  const en = locale() === 'en';
  const kind = key.split(':')[0];
  if (kind === 'evidence') return [{ name: 'notes', label: en ? 'Notes' : 'Anteckningar' }];
  if (kind === 'areaText') return [{ name: 'summary', label: en ? 'Summary' : 'Sammanfattning' }];
  if (kind === 'answer') return [{ name: 'text', label: en ? 'Answer' : 'Svar' }];
  if (kind === 'selfAssessment') return [];
  return [{ name: 'rationale', label: en ? 'Rationale' : 'Motivering' }];
}

/**
 * What the conflicting edit is about, named for the reader: the delfråga of a score (and whose
 * score), the area of a text, or an interview note.
 */
export function conflictSubject(key: string): string {
  const en = locale() === 'en';
  const parts = key.split(':');
  const kind = parts[0];
  const last = parts[parts.length - 1] ?? '';
  if (kind === 'evaluatorScore')
    return en ? `Question ${last}: your assessment` : `Delfråga ${last}: din bedömning`;
  if (kind === 'consensusScore')
    return en ? `Question ${last}: the consensus score` : `Delfråga ${last}: konsensuspoängen`;
  if (kind === 'areaText') return en ? `Area ${last}: texts` : `Område ${last}: texter`;
  if (kind === 'answer') return en ? `Question ${last}: the answer` : `Fråga ${last}: svaret`;
  if (kind === 'selfAssessment')
    return en ? `Question ${last}: the self-assessment` : `Delfråga ${last}: självskattningen`;
  if (kind === 'evidence')
    return en ? 'An interview or document note' : 'En anteckning i underlaget';
  return '';
}

/** Every field an edit of this kind holds, text or not, with the label its form shows. */
function allFields(key: string): ConflictField[] {
  const en = locale() === 'en';
  const kind = key.split(':')[0];
  if (kind === 'evidence') return conflictFields(key);
  if (kind === 'areaText') {
    return [
      { name: 'summary', label: en ? 'Summary' : 'Sammanfattning' },
      { name: 'strengths', label: en ? 'Strengths' : 'Styrkor' },
      { name: 'improvements', label: en ? 'Improvements' : 'Förbättringsmöjligheter' },
    ];
  }
  return [
    { name: 'points', label: en ? 'Points' : 'Poäng' },
    { name: 'percent', label: en ? 'Percent' : 'Procent' },
    { name: 'rationale', label: en ? 'Rationale' : 'Motivering' },
  ];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The labels of the fields where my edit and the saved record differ, e.g. ["Motivering"] when
 * only the rationale clashed: the fields my edit does not hold are not counted.
 */
export function clashedFields(key: string, mine: unknown, theirs: unknown): string[] {
  const edit = (mine ?? {}) as Record<string, unknown>;
  const saved = (theirs ?? {}) as Record<string, unknown>;
  return allFields(key)
    .filter((field) => field.name in edit && !same(edit[field.name], saved[field.name]))
    .map((field) => field.label);
}
