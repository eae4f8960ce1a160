/**
 * The 80-band mel filterbank whisper.cpp reads from a legacy ggml model file.
 * OpenAI computed theirs with librosa's "slaney" mel scale and area
 * normalisation (n_fft 400, 16 kHz); this reproduces that recipe so generated
 * models carry a realistic filterbank.
 */
const SAMPLE_RATE = 16_000;
export const N_FFT_BINS = 201;

const F_SP = 200 / 3;
const MIN_LOG_HZ = 1000;
const MIN_LOG_MEL = MIN_LOG_HZ / F_SP;
const LOG_STEP = Math.log(6.4) / 27;

const hzToMel = (hz: number) => (hz < MIN_LOG_HZ ? hz / F_SP : MIN_LOG_MEL + Math.log(hz / MIN_LOG_HZ) / LOG_STEP);
const melToHz = (mel: number) =>
  mel < MIN_LOG_MEL ? mel * F_SP : MIN_LOG_HZ * Math.exp(LOG_STEP * (mel - MIN_LOG_MEL));

/** Row-major [nMels][201] weights. */
export function melFilters(nMels: number): Float32Array {
  const maxMel = hzToMel(SAMPLE_RATE / 2);
  const edges = Array.from({ length: nMels + 2 }, (_, i) => melToHz((maxMel * i) / (nMels + 1)));
  const bins = Array.from({ length: N_FFT_BINS }, (_, k) => (k * SAMPLE_RATE) / 2 / (N_FFT_BINS - 1));
  const out = new Float32Array(nMels * N_FFT_BINS);
  for (let m = 0; m < nMels; m++) {
    const [lo, mid, hi] = [edges[m]!, edges[m + 1]!, edges[m + 2]!];
    const norm = 2 / (hi - lo);
    for (let k = 0; k < N_FFT_BINS; k++) {
      const f = bins[k]!;
      const weight = Math.max(0, Math.min((f - lo) / (mid - lo), (hi - f) / (hi - mid)));
      out[m * N_FFT_BINS + k] = weight * norm;
    }
  }
  return out;
}
