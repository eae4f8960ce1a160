// Runs on the audio rendering thread. Loaded with audioWorklet.addModule()
// from a same-origin file Vite emits (CSP script-src 'self': no blob: or inline code).
import { Downsampler, mixToMono, peak, TARGET_RATE, toInt16 } from './pcm-convert';

declare const sampleRate: number;
declare function registerProcessor(name: string, processor: new () => unknown): void;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}

/** Posts about 100 ms of 16 kHz Int16 PCM at a time, with the peak level for the meter. */
const POST_SAMPLES = TARGET_RATE / 10;

class PcmCaptureProcessor extends AudioWorkletProcessor {
  private readonly downsampler = new Downsampler(sampleRate);
  private buffer = new Int16Array(POST_SAMPLES);
  private filled = 0;
  private level = 0;

  constructor() {
    super();
    this.port.onmessage = (event: MessageEvent<string>) => {
      if (event.data === 'flush') this.post(true);
    };
  }

  process(inputs: Float32Array[][]): boolean {
    const channels = inputs[0];
    if (!channels || channels.length === 0) return true;
    const mono = mixToMono(channels);
    this.level = Math.max(this.level, peak(mono));
    const pcm = toInt16(this.downsampler.push(mono));
    let offset = 0;
    while (offset < pcm.length) {
      const take = Math.min(pcm.length - offset, POST_SAMPLES - this.filled);
      this.buffer.set(pcm.subarray(offset, offset + take), this.filled);
      this.filled += take;
      offset += take;
      if (this.filled === POST_SAMPLES) this.post(false);
    }
    return true;
  }

  private post(final: boolean): void {
    const pcm = this.buffer.slice(0, this.filled);
    this.port.postMessage({ pcm, level: this.level, final }, [pcm.buffer]);
    this.filled = 0;
    this.level = 0;
  }
}

registerProcessor('pcm-capture', PcmCaptureProcessor);
