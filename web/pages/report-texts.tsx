import { createResource, createSignal, For, Show } from 'solid-js';
import { ErrorMessage } from '../components/error-message';
import { ApiError, client, unwrap } from '../lib/api';
import { loadRubricVersions } from '../lib/rubric-versions';
import { t } from './report-texts.i18n';

type Record = Awaited<ReturnType<typeof load>>;
type Texts = Record['texts'];
type Template = keyof Texts['evaluation'];
const TEMPLATE: Template[] = ['first', 'renewed', 'sources', 'sourcesWithoutCount', 'groups'];
const TITLES = ['contentsTitle', 'tableTitle', 'sectionTitle', 'overviewTitle'] as const;

function load(key: { rubric: string; rubricVersion: string; language: 'sv' | 'en' }) {
  return unwrap(client.api['report-texts'].$get({ query: key }));
}

/**
 * Admins' editor of the report's standard texts, per rubric version and language: every slot
 * as a field, saved as a new version (409 when someone saved meanwhile), imported from or
 * downloaded as a file in the same format.
 */
export default function ReportTexts() {
  const [versions] = createResource(loadRubricVersions);
  const [chosen, setChosen] = createSignal<string>('');
  const [language, setLanguage] = createSignal<'sv' | 'en'>('sv');
  const key = () => {
    const list = versions()?.versions ?? [];
    const version = list.find((v) => v.versionId === chosen()) ?? list[0];
    return version
      ? { rubric: version.id, rubricVersion: version.version, language: language() }
      : null;
  };
  const [record, { refetch }] = createResource(key, load);
  const [status, setStatus] = createSignal<string>();
  const [problem, setProblem] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);

  const save = async (texts: Texts, base: Record) => {
    setBusy(true);
    setStatus(undefined);
    setProblem(null);
    try {
      const saved = await unwrap(
        client.api['report-texts'].$put({
          json: {
            format: base.format,
            rubric: base.rubric,
            rubricVersion: base.rubricVersion,
            language: base.language,
            version: base.version,
            texts,
          },
        }),
      );
      setStatus(t('saved', saved.version));
      await refetch();
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        setStatus(t('conflict'));
        await refetch();
      } else setProblem(caught);
    } finally {
      setBusy(false);
    }
  };

  const fromForm = (form: HTMLFormElement, base: Texts): Texts => {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '');
    const optional = (name: string) => text(name).trim() || undefined;
    return {
      intro: text('intro'),
      comparisons: text('comparisons'),
      evaluation: Object.fromEntries(
        TEMPLATE.map((slot) => [slot, text(`evaluation.${slot}`)]),
      ) as Texts['evaluation'],
      areas: Object.fromEntries(
        Object.keys(base.areas).map((id) => [
          id,
          {
            general: text(`areas.${id}.general`),
            ...Object.fromEntries(
              TITLES.flatMap((title) => {
                const value = optional(`areas.${id}.${title}`);
                return value ? [[title, value]] : [];
              }),
            ),
          },
        ]),
      ),
      modelComparison: optional('modelComparison') ?? null,
    };
  };

  const importFile = async (file: File, base: Record) => {
    setProblem(null);
    let parsed: { texts?: Texts; rubric?: unknown; rubricVersion?: unknown; language?: unknown };
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setStatus(t('notJson', file.name));
      return;
    }
    // A file that names another version or language is not stored under the chosen one (an
    // English file saved as the Swedish texts); `kompass report-texts import` stores it as named.
    const named = (['rubric', 'rubricVersion', 'language'] as const).some(
      (key) => typeof parsed[key] === 'string' && parsed[key] !== base[key],
    );
    if (named) {
      const of = (f: { rubric?: unknown; rubricVersion?: unknown; language?: unknown }) =>
        `${String(f.rubric ?? '?')} ${String(f.rubricVersion ?? '?')} (${String(f.language ?? '?')})`;
      setStatus(t('otherKey', file.name, of(parsed), of(base)));
      return;
    }
    await save(parsed.texts ?? (parsed as unknown as Texts), base);
  };

  const downloadUrl = (current: Record) => {
    const { version: _v, updatedAt: _a, updatedBy: _b, ...file } = current;
    return `data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(file, null, 2))}`;
  };

  return (
    <section class="report-texts">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <div class="toolbar">
        <label>
          {t('rubricVersion')}
          <select value={chosen()} onChange={(e) => setChosen(e.currentTarget.value)}>
            <For each={versions()?.versions ?? []}>
              {(version) => (
                <option value={version.versionId}>
                  {version.title} ({version.version})
                </option>
              )}
            </For>
          </select>
        </label>
        <label>
          {t('language')}
          <select
            value={language()}
            onChange={(e) => setLanguage(e.currentTarget.value as 'sv' | 'en')}
          >
            <option value="sv">{t('swedish')}</option>
            <option value="en">{t('english')}</option>
          </select>
        </label>
      </div>
      <Show when={status()}>
        <p class="notice" role="status">
          {status()}
        </p>
      </Show>
      <ErrorMessage error={problem()} />
      <Show when={record()} keyed fallback={<p>{t('loading')}</p>}>
        {(current) => (
          <>
            <p>{t('version', current.version, current.updatedAt, current.updatedBy)}</p>
            <div class="toolbar">
              <label>
                {t('importFile')}
                <input
                  type="file"
                  accept="application/json,.json"
                  aria-describedby="report-texts-import-hint"
                  onChange={(e) => {
                    const file = e.currentTarget.files?.[0];
                    if (file) void importFile(file, current);
                    e.currentTarget.value = '';
                  }}
                />
              </label>
              <span id="report-texts-import-hint" class="hint">
                {t('importHint')}
              </span>
              <a
                href={downloadUrl(current)}
                download={`standardtexter-${current.rubric}-${current.rubricVersion}-${current.language}.json`}
              >
                {t('download')}
              </a>
            </div>
            <form
              class="stacked"
              onSubmit={(event) => {
                event.preventDefault();
                void save(fromForm(event.currentTarget, current.texts), current);
              }}
            >
              <label>
                {t('intro1')}
                <textarea name="intro" rows={16} value={current.texts.intro} />
              </label>
              <label>
                {t('comparisons')}
                <textarea name="comparisons" rows={3} value={current.texts.comparisons} />
              </label>
              <fieldset>
                <legend>{t('evaluation')}</legend>
                <For each={TEMPLATE}>
                  {(slot) => (
                    <label>
                      {t(slot)}
                      <textarea
                        name={`evaluation.${slot}`}
                        rows={2}
                        value={current.texts.evaluation[slot]}
                      />
                    </label>
                  )}
                </For>
              </fieldset>
              <For each={Object.entries(current.texts.areas)}>
                {([id, area]) => (
                  <fieldset>
                    <legend>{t('area', id)}</legend>
                    <label>
                      {t('general')}
                      <textarea name={`areas.${id}.general`} rows={5} value={area.general} />
                    </label>
                    <For each={TITLES}>
                      {(title) => (
                        <label>
                          {t(title)}
                          <input
                            name={`areas.${id}.${title}`}
                            maxLength={300}
                            value={area[title] ?? ''}
                          />
                        </label>
                      )}
                    </For>
                  </fieldset>
                )}
              </For>
              <label>
                {t('modelComparison')}
                <input
                  name="modelComparison"
                  maxLength={200}
                  value={current.texts.modelComparison ?? ''}
                />
              </label>
              <button type="submit" class="primary" disabled={busy()}>
                {t('save')}
              </button>
            </form>
          </>
        )}
      </Show>
    </section>
  );
}
