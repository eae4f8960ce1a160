import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeApi } from '../../../api/testing/fake-api';
import { savedTake } from '../session/testing-fakes';
import { TakeRow } from './TakeRow';

const { answers, calls, reset } = fakeApi();

beforeEach(reset);
afterEach(cleanup);

describe('TakeRow', () => {
  it('plays the take through the media URL', () => {
    render(<TakeRow take={savedTake} index={2} />);
    expect(screen.getByText('Take 2')).toBeTruthy();
    fireEvent.click(screen.getByText('Play'));
    expect(screen.getByTestId('take-player').getAttribute('src')).toBe('/media/a1.webm');
  });

  it('renames a take', async () => {
    answers['takes.rename'] = { ...savedTake, name: 'Calmer' };
    render(<TakeRow take={savedTake} index={1} />);
    fireEvent.click(screen.getByText('Rename'));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Calmer' } });
    await act(async () => fireEvent.click(screen.getByText('Save')));
    expect(calls).toEqual([['takes.rename', { takeId: 'a1', name: 'Calmer' }]]);
  });

  it('deletes only after asking', async () => {
    answers['takes.delete'] = { ok: true };
    render(<TakeRow take={savedTake} index={1} />);
    fireEvent.click(screen.getByText('Delete'));
    expect(calls).toEqual([]);
    fireEvent.click(screen.getByText('Keep'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByText('Delete'));
    const dialog = screen.getByRole('alertdialog');
    await act(async () => fireEvent.click(dialog.querySelector('button.danger')!));
    expect(calls).toEqual([['takes.delete', { takeId: 'a1' }]]);
  });

  it('shows why a call failed', async () => {
    answers['takes.delete'] = new Error('boom');
    render(<TakeRow take={savedTake} index={1} />);
    fireEvent.click(screen.getByText('Delete'));
    await act(async () => fireEvent.click(screen.getByRole('alertdialog').querySelector('button.danger')!));
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong');
  });
});
