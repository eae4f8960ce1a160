import { afterEach, describe, expect, it, vi } from 'vitest';
import { speak } from './speak';

class FakeUtterance {
  voice: unknown = null;
  constructor(readonly text: string) {}
}

afterEach(() => vi.unstubAllGlobals());

function fakeSynth() {
  const spoken: FakeUtterance[] = [];
  const synth = {
    getVoices: () => [{ name: 'Alex' }, { name: 'Samantha' }],
    speak: (u: FakeUtterance) => spoken.push(u),
    cancel: vi.fn(),
  };
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  vi.stubGlobal('speechSynthesis', synth);
  return { spoken, synth };
}

describe('speak', () => {
  it('reads with the chosen voice and stops what was still speaking', () => {
    const { spoken, synth } = fakeSynth();
    speak('Why this company?', 'Samantha');
    expect(synth.cancel).toHaveBeenCalled();
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toMatchObject({ text: 'Why this company?', voice: { name: 'Samantha' } });
  });

  it('falls back to the default voice when the chosen one is gone', () => {
    const { spoken } = fakeSynth();
    speak('Why this company?', 'Removed voice');
    expect(spoken[0]?.voice).toBeNull();
  });
});
