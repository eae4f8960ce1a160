import { defaultScoreSettings } from '../electron/scoring/settings';
import { measurePitchVariation } from '../electron/scoring/delivery/pitch-variation';
import { soxSynth, tone } from '../electron/voice/testing/synth-audio';
import { analyseVoice } from '../electron/voice/voice-track';

const semitones = (hz: number, reference: number) => 12 * Math.log2(hz / reference);

/** Prints the pitch tracker's error on fixed sox tones and the spread error on sweeps and vibrato (semitones). */
export async function printAccuracy(dir: string): Promise<void> {
  const norm = defaultScoreSettings.delivery.monotoneSemitones;
  console.log('Pitch accuracy on synthetic tones (worst frame, semitones; goal < 0.5)');
  for (const hz of [70, 98, 147, 220, 330, 440]) {
    const track = await analyseVoice(soxSynth(dir, `acc-${hz}`, ['2', 'sine', String(hz)]));
    const voiced = track.f0.filter((f) => f > 0);
    const worst = Math.max(...voiced.map((f) => Math.abs(semitones(f, hz))));
    console.log(
      `  ${String(hz).padStart(3)} Hz sine: ${voiced.length}/${track.f0.length} frames voiced, worst error ${worst.toFixed(3)} st`,
    );
  }
  const cases = [
    {
      name: 'sox sweep 150→300 Hz (exp.) over 8 s',
      pcm: soxSynth(dir, 'acc-sweep', ['8', 'sine', '150/300']),
      known: 12 / Math.sqrt(12),
    },
    ...[1, 2, 4].map((depth) => ({
      name: `5 Hz vibrato ±${depth} st around 200 Hz`,
      pcm: tone(16, (t) => 200 * 2 ** ((depth * Math.sin(2 * Math.PI * 5 * t)) / 12)),
      known: depth / Math.SQRT2,
    })),
  ];
  console.log('Pitch spread on sweeps and vibrato (standard deviation, semitones; goal within 0.5)');
  for (const c of cases) {
    const spread = measurePitchVariation(await analyseVoice(c.pcm), norm)?.spread ?? NaN;
    console.log(
      `  ${c.name.padEnd(40)} known ${c.known.toFixed(2)}  measured ${spread.toFixed(2)}  error ${Math.abs(spread - c.known).toFixed(2)}`,
    );
  }
}
