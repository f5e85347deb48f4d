import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type UserFields, UserForm } from './user-form';

afterEach(cleanup);

describe('UserForm', () => {
  test('asks for a kommunkod only for a reader, and submits it only then', () => {
    const submitted: UserFields[] = [];
    render(() => (
      <UserForm
        idPrefix="new"
        withEmail={true}
        submitLabel="Skapa användare"
        busy={false}
        onSubmit={(fields) => submitted.push(fields)}
      />
    ));
    expect(screen.queryByLabelText('Läsarens kommun')).toBeNull();
    fireEvent.input(screen.getByLabelText('E-post'), { target: { value: 'lisa@enkoping.se' } });
    fireEvent.input(screen.getByLabelText('Namn'), { target: { value: 'Lisa Läsare' } });
    fireEvent.change(screen.getByLabelText('Roll'), { target: { value: 'reader' } });
    fireEvent.input(screen.getByRole('combobox', { name: 'Läsarens kommun' }), {
      target: { value: '0381' },
    });
    fireEvent.submit(screen.getByRole('button', { name: 'Skapa användare' }));
    fireEvent.change(screen.getByLabelText('Roll'), { target: { value: 'evaluator' } });
    expect(screen.queryByLabelText('Läsarens kommun')).toBeNull();
    fireEvent.submit(screen.getByRole('button', { name: 'Skapa användare' }));
    expect(submitted).toEqual([
      {
        email: 'lisa@enkoping.se',
        name: 'Lisa Läsare',
        role: 'reader',
        municipalityCode: '0381',
        organisation: null,
      },
      {
        email: 'lisa@enkoping.se',
        name: 'Lisa Läsare',
        role: 'evaluator',
        municipalityCode: null,
        organisation: null,
      },
    ]);
  });

  test("a reader needs a kommun from SCB's list: an unknown name is not submitted", () => {
    const onSubmit = vi.fn();
    render(() => (
      <UserForm
        idPrefix="new"
        withEmail={true}
        submitLabel="Skapa användare"
        busy={false}
        onSubmit={onSubmit}
      />
    ));
    fireEvent.input(screen.getByLabelText('E-post'), { target: { value: 'x@essunga.se' } });
    fireEvent.input(screen.getByLabelText('Namn'), { target: { value: 'X' } });
    fireEvent.change(screen.getByLabelText('Roll'), { target: { value: 'reader' } });
    const kommun = screen.getByRole('combobox', { name: 'Läsarens kommun' });
    fireEvent.input(kommun, { target: { value: 'Testby' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Skapa användare' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Välj en kommun ur listan.');
    expect(document.activeElement).toBe(kommun);
    fireEvent.input(kommun, { target: { value: 'Essunga' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.submit(screen.getByRole('button', { name: 'Skapa användare' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ municipalityCode: '1445' }));
  });

  test('changing a user keeps the e-mail and starts from the current values', () => {
    const onSubmit = vi.fn();
    render(() => (
      <UserForm
        idPrefix="edit"
        initial={{ email: 'bo@x.se', name: 'Bo', role: 'reader', municipalityCode: '0114' }}
        withEmail={false}
        submitLabel="Spara"
        busy={false}
        onSubmit={onSubmit}
        onCancel={() => undefined}
      />
    ));
    expect(screen.queryByLabelText('E-post')).toBeNull();
    expect(
      (screen.getByRole('combobox', { name: 'Läsarens kommun' }) as HTMLInputElement).value,
    ).toBe('Upplands Väsby (0114)');
    expect(screen.getByRole('button', { name: 'Avbryt' })).toBeTruthy();
    fireEvent.submit(screen.getByRole('button', { name: 'Spara' }));
    expect(onSubmit).toHaveBeenCalledWith({
      email: 'bo@x.se',
      name: 'Bo',
      role: 'reader',
      municipalityCode: '0114',
      organisation: null,
    });
  });
});
