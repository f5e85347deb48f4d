import { For, type JSX, Show } from 'solid-js';
import { DOCUMENT_KINDS, type DocumentKind } from '../lib/document-types';
import { t } from './documents.i18n';

export type UploadField = 'title' | 'kind' | 'date' | 'url';

export interface FileFields {
  title: string;
  kind: DocumentKind;
  date: string;
  url: string;
}

/**
 * One queued file's details before it is sent: title (the file name by default), kind, date
 * and, for a web page, its address. Each field names its own error (`errors`), tied to the
 * input with aria-describedby.
 */
export function UploadFileFields(props: {
  id: number;
  name: string;
  fields: FileFields;
  errors: Partial<Record<UploadField, string>>;
  onChange: (change: Partial<FileFields>) => void;
  onRemove: () => void;
}) {
  const id = (field: string) => `upload-${props.id}-${field}`;
  const invalid = (field: UploadField) => (props.errors[field] ? true : undefined);
  const described = (field: UploadField, hint?: string) =>
    [props.errors[field] ? id(`${field}-error`) : '', hint ?? ''].filter(Boolean).join(' ') ||
    undefined;
  const error = (field: UploadField): JSX.Element => (
    <Show when={props.errors[field]}>
      {(message) => (
        <span id={id(`${field}-error`)} class="field-error error">
          {message()}
        </span>
      )}
    </Show>
  );
  return (
    <fieldset class="upload-fields" data-upload-fields={props.name}>
      <legend>
        <bdi>{props.name}</bdi>
      </legend>
      <div class="document-fields">
        <label for={id('title')}>{t('docTitle')}</label>
        <span>
          <input
            id={id('title')}
            name="title"
            maxLength={500}
            value={props.fields.title}
            aria-invalid={invalid('title')}
            aria-describedby={described('title')}
            onInput={(e) => props.onChange({ title: e.currentTarget.value })}
          />
          {error('title')}
        </span>
        <label for={id('kind')}>{t('kind')}</label>
        <span>
          <select
            id={id('kind')}
            name="kind"
            aria-invalid={invalid('kind')}
            aria-describedby={described('kind')}
            onChange={(e) => props.onChange({ kind: e.currentTarget.value as DocumentKind })}
          >
            <For each={DOCUMENT_KINDS}>
              {(kind) => (
                <option value={kind} selected={props.fields.kind === kind}>
                  {t(`kind_${kind}`)}
                </option>
              )}
            </For>
          </select>
          {error('kind')}
        </span>
        <label for={id('date')}>{t('documentDate')}</label>
        <span>
          <input
            id={id('date')}
            name="date"
            type="date"
            value={props.fields.date}
            aria-invalid={invalid('date')}
            aria-describedby={described(
              'date',
              props.fields.kind === 'webbsida' ? id('date-hint') : undefined,
            )}
            onInput={(e) => props.onChange({ date: e.currentTarget.value })}
          />
          <Show when={props.fields.kind === 'webbsida'}>
            <span id={id('date-hint')} class="muted small">
              {t('uploadDateHintWeb')}
            </span>
          </Show>
          {error('date')}
        </span>
        <Show when={props.fields.kind === 'webbsida'}>
          <label for={id('url')}>{t('url')}</label>
          <span>
            <input
              id={id('url')}
              name="url"
              type="url"
              placeholder="https://"
              maxLength={2000}
              value={props.fields.url}
              aria-invalid={invalid('url')}
              aria-describedby={described('url')}
              onInput={(e) => props.onChange({ url: e.currentTarget.value })}
            />
            {error('url')}
          </span>
        </Show>
      </div>
      <button
        type="button"
        class="link-button"
        aria-label={t('uploadRemove', props.name)}
        onClick={() => props.onRemove()}
      >
        {t('uploadRemoveShort')}
      </button>
    </fieldset>
  );
}
