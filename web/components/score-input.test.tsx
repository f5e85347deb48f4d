import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ScoreMode, type ScoreValue, UNSCORED } from '../lib/score-value';
import { ScoreInput } from './score-input';

function setup(initial: ScoreValue = UNSCORED, mode: ScoreMode = 'points', serverError?: string) {
  const onChange = vi.fn<(value: ScoreValue) => void>();
  const [value, setValue] = createSignal(initial);
  const [currentMode, setMode] = createSignal(mode);
  render(() => (
    <ScoreInput
      id="score-1.1"
      questionId="1.1"
      max={15}
      mode={currentMode()}
      value={value()}
      serverError={serverError}
      onChange={(next) => {
        onChange(next);
        setValue(next);
      }}
    />
  ));
  return { onChange, setValue, setMode };
}

afterEach(cleanup);

const nbsp = (text: string | null | undefined) => (text ?? '').replace(/\u00a0/g, ' ');

describe('ScoreInput', () => {
  it('is named by the delfråga id first, then what it takes and the max', () => {
    setup();
    const input = screen.getByRole('spinbutton', { name: '1.1 Poäng (max 15)' });
    expect(input.getAttribute('aria-valuemin')).toBe('0');
    expect(input.getAttribute('aria-valuemax')).toBe('15');
    expect(input.getAttribute('aria-valuetext')).toBe('Inte poängsatt');
  });

  it('shows a stored score with a Swedish decimal comma and takes comma or dot', () => {
    const { onChange } = setup({ points: 7.5, percent: null });
    const input = screen.getByRole('spinbutton') as HTMLInputElement;
    expect(input.value).toBe('7,5');
    expect(input.getAttribute('aria-valuetext')).toBe('7,5 av 15 poäng');
    fireEvent.input(input, { target: { value: '12,5' } });
    expect(onChange).toHaveBeenLastCalledWith({ points: 12.5, percent: null });
    fireEvent.input(input, { target: { value: '3.5' } });
    expect(onChange).toHaveBeenLastCalledWith({ points: 3.5, percent: null });
    fireEvent.input(input, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({ points: null, percent: null });
  });

  it('steps by 0,5 points with the arrow keys, snapping to the grid, within 0..max', () => {
    const { onChange, setValue } = setup({ points: 7, percent: null });
    const input = screen.getByRole('spinbutton') as HTMLInputElement;
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(onChange).toHaveBeenLastCalledWith({ points: 7.5, percent: null });
    expect(input.value).toBe('7,5');
    setValue({ points: 7.3, percent: null });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(onChange).toHaveBeenLastCalledWith({ points: 7.5, percent: null });
    setValue({ points: 14.5, percent: null });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(onChange).toHaveBeenLastCalledWith({ points: 15, percent: null });
    setValue({ points: 0.5, percent: null });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(onChange).toHaveBeenLastCalledWith({ points: 0, percent: null });
    // Alt+Arrow belongs to the page (next question), not to the value.
    onChange.mockClear();
    fireEvent.keyDown(input, { key: 'ArrowUp', altKey: true });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('flags a value over max at once, tied to the input, and still passes it on for the server to refuse', () => {
    const { onChange } = setup();
    const input = screen.getByRole('spinbutton');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    fireEvent.input(input, { target: { value: '16' } });
    expect(onChange).toHaveBeenLastCalledWith({ points: 16, percent: null });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(error?.textContent).toBe('Högst 15.');
  });

  it('does not pass on text that is not a number, and says so', () => {
    const { onChange } = setup();
    const input = screen.getByRole('spinbutton');
    fireEvent.input(input, { target: { value: 'sju' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('score-1.1-error')?.textContent).toBe(
      'Skriv ett tal, t.ex. 7,5.',
    );
  });

  it("shows the server's refusal beside the input with aria-describedby", () => {
    setup({ points: 16, percent: null }, 'points', "points: 16 is more than the delfråga's max 15");
    const input = screen.getByRole('spinbutton');
    expect(input.getAttribute('aria-describedby')).toBe('score-1.1-error');
    expect(document.getElementById('score-1.1-error')?.textContent).toBe(
      "Högst 15. Sparades inte: points: 16 is more than the delfråga's max 15",
    );
  });

  it('in percent mode shows and takes percent of max', () => {
    const { onChange, setMode } = setup({ points: 7.5, percent: null });
    const input = screen.getByRole('spinbutton') as HTMLInputElement;
    setMode('percent');
    expect(input.value).toBe('50');
    expect(screen.getByRole('spinbutton', { name: '1.1 Procent av max 15 poäng' })).toBe(input);
    expect(input.getAttribute('aria-valuemax')).toBe('100');
    fireEvent.input(input, { target: { value: '40 %' } });
    expect(onChange).toHaveBeenLastCalledWith({ points: null, percent: 40 });
    fireEvent.blur(input);
    setMode('points');
    // 40 % of 15 is 6 points, converted as the engine does.
    expect(input.value).toBe('6');
    fireEvent.input(input, { target: { value: '101' } });
    expect(nbsp(document.getElementById('score-1.1-error')?.textContent)).toBe('Högst 15.');
  });

  it('flags more than 100 % in percent mode', () => {
    setup(UNSCORED, 'percent');
    const input = screen.getByRole('spinbutton');
    fireEvent.input(input, { target: { value: '101' } });
    expect(document.getElementById('score-1.1-error')?.textContent).toBe('Högst 100.');
  });
});
