import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VoiceView } from '@contract/review';
import { ScorePanel } from './ScorePanel';
import { VoiceLane } from './VoiceLane';
import { sampleFeedback } from './testing/sample-review';

afterEach(cleanup);

const measured: VoiceView = {
  status: 'measured',
  pitchSpread: 1.4,
  pitchSpreadNorm: 2,
  pitchRange: 6.2,
  medianHz: 118,
  monotone: [{ start: 40, end: 70 }],
  monotoneShare: 0.35,
  volumeDb: -21.3,
  volumeSpreadDb: 2.1,
  volumeSpreadMaxDb: 6,
  trailingOff: { count: 3, sentences: 5, share: 0.6 },
  trailOffDb: 6,
  pace: [
    { start: 0.4, end: 10.4, wpm: 150 },
    { start: 10.4, end: 20.4, wpm: 240 },
  ],
  lane: { stepSeconds: 0.1, pitch: [null, 1.2, 0.8, null, -2], db: [-60, -20, -22, -50, -25] },
};

describe('voice on the review page', () => {
  it('draws the voice lane with its flat stretch, and a click seeks to that moment', () => {
    const onSeek = vi.fn();
    render(<VoiceLane voice={measured} duration={100} onSeek={onSeek} />);
    const lane = screen.getByRole('img', { name: /Voice: pitch spread 1.4 semitones; flat from 0:40–1:10/ });
    expect(screen.getAllByTestId('voice-flat')).toHaveLength(1);
    expect(lane.querySelector('.voice-pitch')?.getAttribute('d')).toMatch(/^M0\.10,[\d.]+L0\.20,[\d.]+M0\.40,/);
    expect(lane.getAttribute('aria-label')).toMatch(/; pace 150–240 words a minute$/);
    vi.spyOn(lane, 'getBoundingClientRect').mockReturnValue({ left: 0, width: 200 } as DOMRect);
    fireEvent.click(lane, { clientX: 50 });
    expect(onSeek).toHaveBeenCalledWith(25);
  });

  it('draws pace per window as a step, higher for a faster window, titled with its time and rate', () => {
    render(<VoiceLane voice={measured} duration={100} onSeek={() => {}} />);
    const steps = screen.getAllByTestId('voice-pace-window');
    expect(steps.map((s) => s.textContent)).toEqual(['0:00–0:10: 150 words a minute', '0:10–0:20: 240 words a minute']);
    expect(steps.map((s) => [s.getAttribute('x1'), s.getAttribute('x2')])).toEqual([
      ['0.4', '10.4'],
      ['10.4', '20.4'],
    ]);
    // The lane is 48 high and 240 words a minute reaches its top.
    expect(steps.map((s) => Number(s.getAttribute('y1')))).toEqual([18, 0]);
  });

  it('says when there was not enough to measure, and shows nothing for a take scored before voice measures', () => {
    const { container } = render(<VoiceLane voice={undefined} duration={10} onSeek={() => {}} />);
    expect(container.textContent).toBe('');
    render(
      <VoiceLane
        voice={{ status: 'not-enough', reason: 'There was too little voiced speech to measure.', pace: [] }}
        duration={10}
        onSeek={() => {}}
      />,
    );
    expect(screen.getByTestId('voice-lane').textContent).toMatch(/not enough to measure/);
  });

  it('puts pitch variation, volume and trailing off beside their norms in the delivery panel', () => {
    const feedback = sampleFeedback();
    render(<ScorePanel feedback={{ ...feedback, delivery: { ...feedback.delivery, voice: measured } }} />);
    const rows = within(document.querySelector('table.metrics')!).getAllByRole('row').slice(-3);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Pitch variation', '1.4 semitones', '≥ 2 semitones'],
      ['Volume', '-21.3 dBFS, varies 2.1 dB', 'varies ≤ 6 dB'],
      ['Trailing off', '3 of 5 sentences', 'endings 6 dB quieter'],
    ]);
    expect(rows.map((row) => row.className)).toEqual(['metric-off', 'metric-ok', 'metric-off']);
  });
});
