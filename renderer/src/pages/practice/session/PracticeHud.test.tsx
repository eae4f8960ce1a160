// The practice screen's two bars must not be mistaken for each other: the
// microphone meter follows the voice, the time bar follows the clock.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PracticeScreen } from './PracticeScreen';
import { fakeCapture, question, settings } from './testing-fakes';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const tick = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const timeBar = () => screen.getByRole('progressbar', { name: 'Time against target' });
const micMeter = () => screen.getByRole('meter', { name: 'Microphone level' });
const fill = (bar: HTMLElement) => (bar.firstElementChild as HTMLElement).style.width;

async function startRecording() {
  const fake = fakeCapture();
  render(<PracticeScreen question={question} settings={{ ...settings, thinkSeconds: 0 }} capture={fake.capture} />);
  await tick(0); // devices open
  fireEvent.keyDown(window, { key: ' ' });
  await tick(0);
  return fake;
}

describe('practice screen bars', () => {
  it('names the microphone meter and marks it with a microphone icon, apart from the clock', async () => {
    await startRecording();
    const meter = micMeter();
    expect(meter.closest('.practice-mic')?.querySelector('[data-testid="microphone-icon"]')).not.toBeNull();
    expect(screen.getByTestId('clock').contains(meter)).toBe(false);
    expect(timeBar().contains(meter)).toBe(false);
  });

  it('fills the time bar with the clock and turns it amber at 80 % of the target and red past it', async () => {
    await startRecording();
    // The target is 10 s.
    expect(timeBar().dataset.tone).toBe('ok');
    await tick(4_000);
    expect(fill(timeBar())).toBe('40%');
    expect(timeBar().getAttribute('aria-valuetext')).toBe('0:04 of 0:10');
    expect(timeBar().dataset.tone).toBe('ok');
    await tick(4_000);
    expect(fill(timeBar())).toBe('80%');
    expect(timeBar().dataset.tone).toBe('near');
    expect(screen.getByTestId('clock').dataset.tone).toBe('near');
    await tick(2_400);
    expect(fill(timeBar())).toBe('100%');
    expect(timeBar().dataset.tone).toBe('over');
    expect(screen.getByTestId('clock').dataset.tone).toBe('over');
    expect(timeBar().getAttribute('aria-valuenow')).toBe('10');
  });

  it('moves the microphone meter with the voice, not with the clock', async () => {
    const { events } = await startRecording();
    await tick(4_000);
    expect(micMeter().getAttribute('aria-valuenow')).toBe('0');
    expect(fill(micMeter())).toBe('0%');
    act(() => events().onLevel(0.25));
    expect(micMeter().getAttribute('aria-valuenow')).toBe('50');
    expect(fill(timeBar())).toBe('40%');
  });
});
