import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MarkdownView } from '../pages/library/deck/MarkdownView';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const guide = 'Use [the STAR method](https://example.com/star) and read [this file](file:///etc/passwd).';

describe('links in a guide’s Markdown (browser mode)', () => {
  it('open in a new tab without access to Rehearse, only after the user agrees', () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    render(<MarkdownView text={guide} />);
    const link = screen.getByRole('link', { name: 'the STAR method' });
    expect(link.getAttribute('rel')).toContain('noopener');

    fireEvent.click(link);
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(confirm.mock.calls[0]![0]).toContain('https://example.com/star');
    expect(open).not.toHaveBeenCalled();

    confirm.mockReturnValue(true);
    fireEvent.click(link);
    expect(open).toHaveBeenCalledWith('https://example.com/star', '_blank', 'noopener,noreferrer');
  });

  it('leaves links to anything but the web or mail as plain text', () => {
    render(<MarkdownView text={guide} />);
    expect(screen.queryByRole('link', { name: 'this file' })).toBeNull();
    expect(screen.getByText('this file').tagName).toBe('SPAN');
  });
});
