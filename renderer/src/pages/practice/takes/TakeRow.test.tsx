import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../../api/client';
import { savedAttempt } from '../session/testing-fakes';
import { TakeRow } from './TakeRow';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('TakeRow', () => {
  it('plays the take through the media URL', () => {
    vi.spyOn(api, 'mediaUrl').mockImplementation((file) => `/media/${file}`);
    render(<TakeRow attempt={savedAttempt} index={2} />);
    expect(screen.getByText('Take 2')).toBeTruthy();
    fireEvent.click(screen.getByText('Play'));
    expect(screen.getByTestId('take-player').getAttribute('src')).toBe('/media/a1.webm');
  });

  it('renames a take', async () => {
    const call = vi.spyOn(api, 'call').mockResolvedValue({ ...savedAttempt, name: 'Calmer' });
    render(<TakeRow attempt={savedAttempt} index={1} />);
    fireEvent.click(screen.getByText('Rename'));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Calmer' } });
    await act(async () => fireEvent.click(screen.getByText('Save')));
    expect(call).toHaveBeenCalledWith('attempts.rename', { attemptId: 'a1', name: 'Calmer' });
  });

  it('deletes only after asking', async () => {
    const call = vi.spyOn(api, 'call').mockResolvedValue({ ok: true });
    render(<TakeRow attempt={savedAttempt} index={1} />);
    fireEvent.click(screen.getByText('Delete'));
    expect(call).not.toHaveBeenCalled();
    fireEvent.click(screen.getByText('Keep'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByText('Delete'));
    const dialog = screen.getByRole('alertdialog');
    await act(async () => fireEvent.click(dialog.querySelector('button.danger')!));
    expect(call).toHaveBeenCalledWith('attempts.delete', { attemptId: 'a1' });
  });

  it('shows why a call failed', async () => {
    vi.spyOn(api, 'call').mockRejectedValue(new Error('boom'));
    render(<TakeRow attempt={savedAttempt} index={1} />);
    fireEvent.click(screen.getByText('Delete'));
    await act(async () => fireEvent.click(screen.getByRole('alertdialog').querySelector('button.danger')!));
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong');
  });
});
