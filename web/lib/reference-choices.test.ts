import { describe, expect, it } from 'vitest';
import { type ReferenceListItem, referenceChoices } from './reference-choices';

const reference = (
  id: string,
  code: string,
  year: number,
  rubric: string,
  totalsOnly = false,
): ReferenceListItem =>
  ({
    id,
    municipality: { code, name: id },
    year,
    rubric,
    totalsOnly,
  }) as unknown as ReferenceListItem;

const all = [
  reference('enkoping-2016', '0381', 2016, 'kk-2010'),
  reference('enkoping-2018', '0381', 2018, 'kk-2010', true),
  reference('orebro-2012', '1880', 2012, 'kk-2010'),
  reference('vallentuna-2021', '0115', 2021, 'kk-2020'),
];
const enkoping2016 = { municipality: { code: '0381' }, date: '2016-05', rubric: { id: 'kk-2010' } };

describe('reference choices', () => {
  it('leaves out the evaluation itself and totals-only results', () => {
    expect(referenceChoices(all, enkoping2016, { sameRubric: false }).map((r) => r.id)).toEqual([
      'orebro-2012',
      'vallentuna-2021',
    ]);
  });
  it('keeps other years of the same kommun', () => {
    const enkoping2014 = { ...enkoping2016, date: '2014-10' };
    expect(referenceChoices(all, enkoping2014, { sameRubric: false }).map((r) => r.id)).toContain(
      'enkoping-2016',
    );
  });
  it("with sameRubric, only the evaluation's rubric version (no mapped axes)", () => {
    expect(referenceChoices(all, enkoping2016, { sameRubric: true }).map((r) => r.id)).toEqual([
      'orebro-2012',
    ]);
  });
  it('offers nothing before the evaluation is loaded', () => {
    expect(referenceChoices(all, undefined, { sameRubric: false })).toEqual([]);
  });
});
