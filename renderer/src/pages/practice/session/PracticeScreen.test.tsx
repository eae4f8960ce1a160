import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CaptureError } from '../../../recording/media-devices';
import { PracticeScreen } from './PracticeScreen';
import { fakeCapture, question, settings } from './testing-fakes';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const press = (key: string) => fireEvent.keyDown(window, { key });
const tick = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const clock = () => screen.getByTestId('clock');

async function renderScreen(overrides: Partial<typeof settings> = {}, onNext = vi.fn()) {
  const fake = fakeCapture();
  render(
    <PracticeScreen
      question={question}
      settings={{ ...settings, ...overrides }}
      capture={fake.capture}
      onNext={onNext}
    />,
  );
  await tick(0); // devices open
  return { ...fake, onNext };
}

describe('PracticeScreen', () => {
  it('counts the think time down, then starts recording by itself', async () => {
    const { recorder } = await renderScreen();
    press(' ');
    expect(screen.getByTestId('think-seconds').textContent).toBe('3');
    await tick(1000);
    expect(screen.getByTestId('think-seconds').textContent).toBe('2');
    expect(recorder.start).not.toHaveBeenCalled();
    await tick(2200);
    expect(recorder.start).toHaveBeenCalledWith('q1');
    expect(clock().textContent).toContain('0:00');
  });

  it('Space skips think time; the clock turns amber at 80 % of the target and red past it; Space stops', async () => {
    const { recorder } = await renderScreen();
    press(' ');
    press(' ');
    await tick(0);
    expect(clock().dataset.tone).toBe('ok');
    await tick(7_900);
    expect(clock().textContent).toContain('0:07');
    expect(clock().dataset.tone).toBe('ok');
    await tick(200);
    expect(clock().dataset.tone).toBe('near');
    await tick(1_800);
    expect(clock().dataset.tone).toBe('near'); // exactly at the target
    await tick(400);
    expect(clock().dataset.tone).toBe('over');
    expect(clock().textContent).toContain('/ 0:10 target');
    press(' ');
    await tick(0);
    expect(recorder.stop).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toContain('Take saved (12 s)');
  });

  it('starts at once when think time is 0', async () => {
    const { recorder } = await renderScreen({ thinkSeconds: 0 });
    press(' ');
    await tick(0);
    expect(recorder.start).toHaveBeenCalledTimes(1);
  });

  it('Esc asks before discarding; Esc again keeps recording; Discard throws the take away', async () => {
    const { recorder } = await renderScreen({ thinkSeconds: 0 });
    press(' ');
    await tick(1000);
    press('Escape');
    expect(screen.getByRole('alertdialog').textContent).toContain('Discard this take?');
    press('Escape');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(recorder.cancel).not.toHaveBeenCalled();
    await tick(1000);
    expect(clock().textContent).toContain('0:02');
    press('Escape');
    fireEvent.click(screen.getByText('Discard take'));
    await tick(0);
    expect(recorder.cancel).toHaveBeenCalledTimes(1);
    expect(recorder.stop).not.toHaveBeenCalled();
    expect(screen.getByText('Start (Space)')).toBeTruthy();
  });

  it('R while recording asks, then records again; R after a take records another', async () => {
    const { recorder } = await renderScreen({ thinkSeconds: 0 });
    press(' ');
    await tick(500);
    press('r');
    expect(screen.getByRole('alertdialog').textContent).toContain('start again');
    fireEvent.click(screen.getByText('Discard take'));
    await tick(0);
    expect(recorder.cancel).toHaveBeenCalledTimes(1);
    expect(recorder.start).toHaveBeenCalledTimes(2);
    press(' ');
    await tick(0);
    press('R');
    await tick(0);
    expect(recorder.start).toHaveBeenCalledTimes(3);
  });

  it('N goes to the next question, but not in the middle of an answer', async () => {
    const { onNext } = await renderScreen({ thinkSeconds: 0 });
    press(' ');
    await tick(0);
    press('n');
    expect(onNext).not.toHaveBeenCalled();
    press(' ');
    await tick(0);
    press('n');
    expect(onNext).toHaveBeenCalledTimes(1);
  });

  it('keys typed into a field are left alone', async () => {
    const { recorder } = await renderScreen({ thinkSeconds: 0 });
    const input = document.body.appendChild(document.createElement('input'));
    fireEvent.keyDown(input, { key: ' ' });
    await tick(0);
    expect(recorder.start).not.toHaveBeenCalled();
    input.remove();
  });

  it('a device that stops mid-answer ends the take and keeps it, saying why', async () => {
    const { recorder, events } = await renderScreen({ thinkSeconds: 0 });
    press(' ');
    await tick(3000);
    act(() => events().onInterrupted({ code: 'NO_DEVICE', message: 'The camera stopped during your answer.' }));
    await tick(0);
    expect(recorder.stop).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toContain('The camera stopped during your answer.');
  });

  it('explains a refused camera and offers to try again', async () => {
    const denied = new CaptureError({ code: 'CAMERA_DENIED', message: 'Rehearse is not allowed to use the camera.' });
    const fake = fakeCapture({ openError: denied });
    render(<PracticeScreen question={question} settings={settings} capture={fake.capture} />);
    await tick(0);
    expect(screen.getByRole('alert').textContent).toContain('not allowed to use the camera');
    fireEvent.click(screen.getByText('Try again'));
    await tick(0);
    expect(fake.capture.open).toHaveBeenCalledTimes(2);
  });
});
