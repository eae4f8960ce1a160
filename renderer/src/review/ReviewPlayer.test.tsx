import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReviewPlayer } from './ReviewPlayer';
import { fakeMedia, type FakeMedia } from './testing/fake-media';
import { sampleFeedback, sampleReview } from './testing/sample-review';

const review = sampleReview();
const marks = sampleFeedback().marks;

function renderPlayer(highlighted: ReadonlySet<number> = new Set()) {
  const view = render(
    <ReviewPlayer
      src="media/att-1.webm"
      kind="video"
      durationSeconds={7}
      transcript={review.transcript}
      marks={marks}
      highlighted={highlighted}
    />,
  );
  // The hooks attach to the element on mount; replace its clock before anything plays.
  const element = screen.getByTestId('review-media') as HTMLMediaElement;
  const media = fakeMedia(element, 7);
  // Re-render so the hooks read the fake duration.
  act(() => {
    media.emit('loadedmetadata');
  });
  return { ...view, media };
}

const current = () => document.querySelector('[aria-current="true"]')?.textContent?.trim() ?? null;
const word = (index: number) => document.querySelector<HTMLElement>(`[data-word-index="${index}"]`)!;

/** Plays from where the media is to `until`: the clock moves 0.1 s per animation frame, and only frames report it. */
function playTo(media: FakeMedia, until: number) {
  let time = media.element.currentTime;
  while (time < until) {
    time = Math.min(until, time + 0.1);
    media.setTime(time);
    act(() => {
      vi.advanceTimersByTime(16);
    });
  }
}

describe('ReviewPlayer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('highlights the word being spoken as playback advances, frame by frame', () => {
    const { media } = renderPlayer();
    expect(current()).toBeNull();
    act(() => void media.element.play());
    playTo(media, 0.45);
    expect(current()).toBe('So');
    playTo(media, 1.15);
    expect(current()).toBe('I');
    // Frames alone move the highlight: no timeupdate was sent.
    playTo(media, 2.5);
    expect(current()).toBe('p99');
    // In the long pause the highlight goes out, and comes back with the next word.
    playTo(media, 4.5);
    expect(current()).toBeNull();
    playTo(media, 6.1);
    expect(current()).toBe('Maybe');
    expect(document.querySelectorAll('[aria-current="true"]')).toHaveLength(1);
  });

  it('follows the position while paused through timeupdate and seeks', () => {
    const { media } = renderPlayer();
    media.setTime(1.75);
    act(() => media.emit('timeupdate'));
    expect(current()).toBe('cache');
    act(() => {
      media.element.currentTime = 6.4;
    });
    expect(current()).toBe('Redis.');
  });

  it('seeks to a word’s start when the word is clicked', () => {
    const { media } = renderPlayer();
    fireEvent.click(word(2));
    expect(media.seeks.at(-1)).toBe(1.1);
    expect(current()).toBe('I');
    fireEvent.click(word(9));
    expect(media.seeks.at(-1)).toBe(2.4);
  });

  it('marks fillers and hedges with a class and a label, and shows long pauses with their length', () => {
    const { media } = renderPlayer();
    expect(word(1).tagName).toBe('MARK');
    expect(word(1).className).toContain('filler');
    expect(word(1).getAttribute('aria-label')).toBe('Filler: um');
    expect(word(11).className).toContain('hedge');
    expect(word(11).getAttribute('aria-label')).toBe('Hedge: Maybe');
    expect(word(3).className).toBe('word');
    const gap = screen.getByRole('img', { name: 'Pause of 2.6 s' });
    expect(gap.textContent).toBe('2.6 s');
    fireEvent.click(gap);
    expect(media.seeks.at(-1)).toBe(3.4);
  });

  it('marks the same events on the timeline, each one seeking', () => {
    const { media } = renderPlayer();
    const filler = screen.getByRole('button', { name: 'Filler “um” at 0:00' });
    const pause = screen.getByRole('button', { name: 'Pause of 2.6 s at 0:03' });
    expect(filler.style.left).toBe('10%');
    expect(pause.style.left).toBe(`${(3.4 / 7) * 100}%`);
    fireEvent.click(pause);
    expect(media.seeks.at(-1)).toBe(3.4);
    fireEvent.click(screen.getByRole('button', { name: 'Hedge “maybe” at 0:06' }));
    expect(media.seeks.at(-1)).toBe(6);
    fireEvent.change(screen.getByRole('slider', { name: 'Position' }), { target: { value: '5' } });
    expect(media.seeks.at(-1)).toBe(5);
  });

  it('sets the playback speed from the speed buttons', () => {
    const { media } = renderPlayer();
    for (const speed of [1.25, 1.5, 2, 1]) {
      fireEvent.click(screen.getByRole('button', { name: `${speed}×` }));
      expect(media.element.playbackRate).toBe(speed);
      expect(screen.getByRole('button', { name: `${speed}×` }).getAttribute('aria-pressed')).toBe('true');
    }
  });

  it('answers Space, arrows and J/K/L, but not keys typed into a field', () => {
    const { media } = renderPlayer();
    const key = (k: string, target: Window | Element = window) => act(() => void fireEvent.keyDown(target, { key: k }));
    key(' ');
    expect(media.element.paused).toBe(false);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    key('k');
    expect(media.element.paused).toBe(true);
    media.setTime(3);
    key('ArrowRight');
    expect(media.seeks.at(-1)).toBe(7);
    key('ArrowLeft');
    expect(media.seeks.at(-1)).toBe(2);
    key('j');
    expect(media.seeks.at(-1)).toBe(0);
    key('L');
    expect(media.element.paused).toBe(false);
    key('l');
    expect(media.element.playbackRate).toBe(1.25);
    const field = document.body.appendChild(document.createElement('input'));
    key(' ', field);
    key('k', field);
    expect(media.element.paused).toBe(false);
    field.remove();
    // Space on a focused button is the button's; K still works there.
    const button = screen.getByRole('button', { name: '1.5×' });
    key(' ', button);
    expect(media.element.paused).toBe(false);
    key('k', button);
    expect(media.element.paused).toBe(true);
  });

  it('shows the evidence words it is asked to highlight', () => {
    renderPlayer(new Set([6, 9]));
    expect(word(6).className).toContain('evidence');
    expect(word(9).className).toContain('evidence');
    expect(word(8).className).not.toContain('evidence');
  });
});
