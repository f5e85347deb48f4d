import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../lib/i18n';
import { withMeanLabels } from './compare';

const comparison = {
  compared: [
    { id: 'orebro-2012', label: 'Örebro 2012' },
    { id: 'mean:2010-2019', label: 'Snitt 2010–2019 (n = 3)' },
  ],
  radar: [
    { id: 'e1', label: 'Enköping 2016' },
    { id: 'mean:2010-2019', label: 'Snitt 2010–2019 (n = 3)' },
  ],
};

afterEach(() => setLocale('sv'));

describe("the period's mean is named in the UI's language", () => {
  it('in English, in the compared results and the radar series alike', () => {
    setLocale('en');
    const named = withMeanLabels(comparison);
    expect(named.compared.map((c) => c.label)).toEqual(['Örebro 2012', 'Mean 2010–2019 (n = 3)']);
    expect(named.radar.map((s) => s.label)).toEqual(['Enköping 2016', 'Mean 2010–2019 (n = 3)']);
  });

  it('in Swedish as SKR writes it', () => {
    expect(withMeanLabels(comparison).compared[1]?.label).toBe('Snitt 2010–2019 (n = 3)');
  });

  it('says which evaluation is left out of its own mean, in either language', () => {
    const left = {
      compared: [{ id: 'mean:2010-2026', label: 'Snitt 2010–2026 (n = 1, utan Essunga 2026)' }],
      radar: [],
    };
    expect(withMeanLabels(left).compared[0]?.label).toBe(
      'Snitt 2010–2026 (n = 1, utan Essunga 2026)',
    );
    setLocale('en');
    expect(withMeanLabels(left).compared[0]?.label).toBe(
      'Mean 2010–2026 (n = 1, without Essunga 2026)',
    );
  });
});
