import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PresenceView } from '@contract/presence';
import { PresenceLane } from './PresenceLane';
import { ScorePanel } from './ScorePanel';
import { sampleFeedback } from './testing/sample-review';

afterEach(cleanup);

const measured: PresenceView = {
  status: 'measured',
  faceShare: 0.75,
  lookingShare: 0.5,
  coneDegrees: 15,
  lookingAway: [{ start: 1, end: 2 }],
  headMovementDegrees: 12.5,
  headMovementMaxDegrees: 10,
  framing: { tooClose: 0, tooFar: 0, offCentre: 0.6, tooDark: 0 },
  meanLuma: 120,
  lane: { stepSeconds: 0.5, states: ['looking', 'looking', 'away', 'absent'] },
  tips: ['You were off to one side of the picture; centre yourself in the frame.'],
};
const idle = { state: 'idle' } as const;

describe('camera presence on the review page', () => {
  it('shades looking away and no face on the camera lane, and a click seeks', () => {
    const onSeek = vi.fn();
    render(<PresenceLane presence={measured} progress={idle} duration={2} onSeek={onSeek} />);
    const lane = screen.getByRole('img', {
      name: 'Camera: face in frame 75%, looking at the camera 50%; away from 0:01–0:02',
    });
    expect(screen.getAllByTestId('presence-away').map((r) => r.getAttribute('x'))).toEqual(['1']);
    expect(screen.getAllByTestId('presence-absent').map((r) => r.getAttribute('x'))).toEqual(['1.5']);
    vi.spyOn(lane, 'getBoundingClientRect').mockReturnValue({ left: 0, width: 200 } as DOMRect);
    fireEvent.click(lane, { clientX: 100 });
    expect(onSeek).toHaveBeenCalledWith(1);
  });

  it('says it is measuring, that it could not, or that there was not enough; nothing for an audio-only take', () => {
    const { container, rerender } = render(
      <PresenceLane presence={undefined} progress={idle} duration={2} onSeek={() => {}} />,
    );
    expect(container.textContent).toBe('');
    rerender(
      <PresenceLane presence={null} progress={{ state: 'measuring', share: 0.4 }} duration={2} onSeek={() => {}} />,
    );
    expect(screen.getByTestId('presence-lane').textContent).toBe('Camera: measuring framing and gaze (40%)…');
    rerender(
      <PresenceLane
        presence={null}
        progress={{ state: 'failed', message: 'no WebAssembly' }}
        duration={2}
        onSeek={() => {}}
      />,
    );
    expect(screen.getByTestId('presence-lane').textContent).toMatch(
      /could not be measured on this computer \(no WebAssembly\)/,
    );
    rerender(
      <PresenceLane
        presence={{ status: 'not-enough', reason: 'The video could not be read.' }}
        progress={idle}
        duration={2}
        onSeek={() => {}}
      />,
    );
    expect(screen.getByTestId('presence-lane').textContent).toBe(
      'Camera: not enough to measure. The video could not be read.',
    );
  });

  it('turned off in Settings: a note with the way to Settings instead of a lane, and no camera rows or tips', () => {
    render(
      <MemoryRouter>
        <PresenceLane presence={{ status: 'off' }} progress={idle} duration={2} onSeek={() => {}} />
        <ScorePanel feedback={sampleFeedback()} presence={{ status: 'off' }} />
      </MemoryRouter>,
    );
    expect(screen.queryByTestId('presence-lane')).toBeNull();
    expect(screen.getByTestId('presence-off').textContent).toMatch(/^Camera presence is off/);
    expect(screen.getByRole('link', { name: /Turn it on in Settings/ }).getAttribute('href')).toBe('/settings');
    const labels = [...document.querySelectorAll('table.metrics tr')].map((row) => row.firstElementChild?.textContent);
    expect(labels).not.toContain('Face in frame');
    expect(labels).not.toContain('Camera');
    expect(screen.queryByTestId('presence-note')).toBeNull();
  });

  it('puts the presence figures beside their norms in the delivery panel, with their tips and what they never judge', () => {
    render(<ScorePanel feedback={sampleFeedback()} presence={measured} />);
    const rows = within(document.querySelector('table.metrics')!).getAllByRole('row').slice(-4);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Face in frame', '75%', '≥ 90% of the answer'],
      ['Looking at the camera', '50%', 'head within 15° of the lens, ≥ 80%'],
      ['Head movement', '12.5°', 'steady: ≤ 10°'],
      ['Framing', 'off-centre', 'head and shoulders, centred, lit'],
    ]);
    expect(rows.every((row) => row.className === 'metric-off')).toBe(true);
    expect(screen.getByText('You were off to one side of the picture; centre yourself in the frame.')).toBeTruthy();
    expect(screen.getByTestId('presence-note').textContent).toMatch(/never emotion or any judgement about you/);
  });
});
