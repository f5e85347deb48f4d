import { Show } from 'solid-js';
import type { Autosave } from '../lib/autosave';
import { ConflictDialog, type ConflictField } from './conflict-dialog';

/** Which text fields of a conflicting edit to show, by the edit's key prefix. */
export type ConflictFields = (key: string) => ConflictField[];

/** One conflict dialog at a time, for the first edit the server refused with 409. */
export function Conflicts(props: {
  autosave: Autosave;
  fields: ConflictFields;
  /** What an edit is about ("Delfråga 1.1: din bedömning"), by its key. */
  subject?: (key: string) => string;
}) {
  const first = () => Object.values(props.autosave.pending).find((edit) => edit.conflict)?.key;
  return (
    <Show when={first()} keyed>
      {(key) => (
        <ConflictDialog
          autosave={props.autosave}
          editKey={key}
          fields={props.fields(key)}
          subject={props.subject?.(key) ?? ''}
        />
      )}
    </Show>
  );
}
