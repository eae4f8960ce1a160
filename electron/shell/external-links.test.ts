import type { MessageBoxOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { openLinkAfterAsking } from './external-links';

/** Records what the dialog was asked and what was opened; the user answers with `button`. */
function user(button: number) {
  const asked: MessageBoxOptions[] = [];
  const opened: string[] = [];
  return {
    asked,
    opened,
    ask: (options: MessageBoxOptions) => (asked.push(options), Promise.resolve({ response: button })),
    open: (url: string) => (opened.push(url), Promise.resolve()),
  };
}

describe('links from an imported guide', () => {
  it('open in the browser only after the user agrees, showing the whole address', async () => {
    const agrees = user(0);
    expect(await openLinkAfterAsking('https://example.com/star-method', agrees.ask, agrees.open)).toBe(true);
    expect(agrees.opened).toEqual(['https://example.com/star-method']);
    expect(agrees.asked[0]).toMatchObject({ buttons: ['Open in browser', 'Cancel'], cancelId: 1, defaultId: 1 });
    expect(agrees.asked[0]!.detail).toContain('https://example.com/star-method');

    const declines = user(1);
    expect(await openLinkAfterAsking('https://example.com/', declines.ask, declines.open)).toBe(false);
    expect(declines.asked).toHaveLength(1);
    expect(declines.opened).toEqual([]);
  });

  it('drop anything but https and mailto without asking', async () => {
    const agrees = user(0);
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'https://u:p@example.com']) {
      expect(await openLinkAfterAsking(url, agrees.ask, agrees.open)).toBe(false);
    }
    expect(agrees.asked).toEqual([]);
    expect(agrees.opened).toEqual([]);
  });
});
