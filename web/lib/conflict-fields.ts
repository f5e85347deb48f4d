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
  return [{ name: 'rationale', label: en ? 'Rationale' : 'Motivering' }];
}
