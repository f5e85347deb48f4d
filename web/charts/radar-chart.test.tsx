import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { RadarChart } from './radar-chart';

afterEach(cleanup);

const axes = Array.from({ length: 8 }, (_, i) => ({
  id: String(i + 1),
  label: `Område ${i + 1}`,
  max: 100,
}));

describe('RadarChart', () => {
  it('draws an evaluation not fully scored with gaps where areas have no value', () => {
    const { container } = render(() => (
      <RadarChart
        id="radar"
        title="Resultatprofil"
        description="Åtta områden"
        axes={axes}
        series={[
          {
            id: 'e1',
            label: 'Håbo 2026',
            values: [54, null, 63, 42, null, null, 56, 66],
            indicative: false,
          },
          {
            id: 'orebro-2012',
            label: 'Örebro 2012',
            values: [68, 85, 86, 74, 70, 74, 71, 87],
            indicative: false,
          },
        ]}
      />
    ));
    const [partial, full] = [...container.querySelectorAll('g.radar-series')];
    // A point per scored area, named by its value; no point (and no line) for the others.
    const named = [...(partial?.querySelectorAll('circle') ?? [])].map((c) =>
      c.getAttribute('aria-label'),
    );
    expect(named).toHaveLength(5);
    expect(named[0]).toContain('54');
    // Lines only between scored neighbours: 7-8, 8-1 and 3-4.
    const d = partial?.querySelector('path')?.getAttribute('d') ?? '';
    expect(d.match(/M/g)).toHaveLength(3);
    expect(d).not.toContain('NaN');
    expect(full?.querySelectorAll('circle')).toHaveLength(8);
  });
});
