import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServerKeyField } from './ServerKeyField';

afterEach(cleanup);

const field = (address: string, onSave = vi.fn(() => Promise.resolve())) => (
  <ServerKeyField testId="api-key" address={address} keySet={false} storageWarning={null} onSave={onSave} />
);

describe('the API key field', () => {
  it('names the server the key is for, and saves it for that server', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    render(field('http://127.0.0.1:8080/v1', onSave));
    expect(screen.getByText(/API key for http:\/\/127\.0\.0\.1:8080/)).toBeTruthy();
    fireEvent.change(screen.getByTestId('api-key'), { target: { value: '  sk-local ' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save key' })));
    expect(onSave).toHaveBeenCalledWith('sk-local');
  });

  it('says why no key can be given to a plain-http server on another computer', () => {
    render(field('http://192.168.1.20:8000/v1'));
    expect(screen.queryByTestId('api-key')).toBeNull();
    expect(screen.getByTestId('api-key-refused').textContent).toContain('http://192.168.1.20:8000 uses plain http');
  });

  it('starts empty for another server instead of keeping what was typed for the first', () => {
    const { rerender } = render(field('https://a.example.com/v1'));
    fireEvent.change(screen.getByTestId('api-key'), { target: { value: 'sk-a' } });
    rerender(field('https://b.example.com/v1'));
    expect((screen.getByTestId('api-key') as HTMLInputElement).value).toBe('');
  });
});
