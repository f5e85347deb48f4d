import { afterEach, describe, expect, it } from 'vitest';
import { bandText } from './band-text';
import { setLocale } from './i18n';

const band = (
  min: number | null,
  minInclusive: boolean,
  max: number | null,
  maxInclusive: boolean,
) => ({
  min,
  minInclusive,
  max,
  maxInclusive,
});

describe('bandText', () => {
  afterEach(() => setLocale('sv'));

  it('reads whole-number bands as ranges, "50–59 %", never as intervals', () => {
    expect(bandText(band(50, true, 60, false), '%')).toBe('50–59 %');
    expect(bandText(band(60, true, 100, true), '%')).toBe('60–100 %');
    expect(bandText(band(null, false, 50, false), '%')).toBe('under 50 %');
    expect(bandText(band(75, true, null, false), '%')).toBe('minst 75 %');
    expect(bandText(band(54, true, 55, false), '%')).toBe('54 %');
    expect(bandText(band(0, true, 2, true), 'minuter')).toBe('0–2 minuter');
  });

  it('says decimal bounds in words, with a Swedish decimal comma', () => {
    expect(bandText(band(2, true, 3.5, false), 'minuter')).toBe('från 2 till under 3,5 minuter');
    expect(bandText(band(null, false, 2, true), 'minuter')).toBe('högst 2 minuter');
    // Not a percentage: 9,5 miljoner lies in [0; 10), so no "0–9".
    expect(bandText(band(0, true, 10, false), 'miljoner kronor')).toBe(
      'från 0 till under 10 miljoner kronor',
    );
    expect(bandText(band(2, false, 3, false), 'minuter')).toBe('över 2 till under 3 minuter');
    setLocale('en');
    expect(bandText(band(2, true, 3.5, false), 'minutes')).toBe('from 2 to below 3.5 minutes');
  });
});
