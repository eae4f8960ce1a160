import workletUrl from './pcm-worklet.ts?worker&url';
import { TARGET_RATE } from './pcm-convert';

export interface AudioCapture {
  /** Resolves once the last samples have been delivered. */
  stop(): Promise<void>;
}

interface WorkletMessage {
  pcm: Int16Array;
  level: number;
  final: boolean;
}

/**
 * Captures the microphone track as 16 kHz mono Int16 PCM through an
 * AudioWorklet. The context asks for 16 kHz so the browser's own resampler
 * does most of the work; the worklet downsamples whatever rate it gets.
 */
export async function startAudioCapture(
  stream: MediaStream,
  onPcm: (pcm: Int16Array) => void,
  onLevel: (level: number) => void,
): Promise<AudioCapture> {
  let context: AudioContext;
  try {
    context = new AudioContext({ sampleRate: TARGET_RATE });
  } catch {
    context = new AudioContext();
  }
  await context.audioWorklet.addModule(workletUrl);
  const source = context.createMediaStreamSource(new MediaStream(stream.getAudioTracks()));
  const node = new AudioWorkletNode(context, 'pcm-capture', { numberOfInputs: 1, numberOfOutputs: 1, channelCount: 1 });
  // A silent path to the speakers keeps the node pulled by the graph without echoing the mic.
  const mute = context.createGain();
  mute.gain.value = 0;
  source.connect(node).connect(mute).connect(context.destination);

  let finished: (() => void) | null = null;
  node.port.onmessage = (event: MessageEvent<WorkletMessage>) => {
    if (event.data.pcm.length > 0) onPcm(event.data.pcm);
    onLevel(event.data.level);
    if (event.data.final) finished?.();
  };
  if (context.state === 'suspended') await context.resume();

  return {
    async stop() {
      const done = new Promise<void>((resolve) => (finished = resolve));
      node.port.postMessage('flush');
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 1000))]);
      source.disconnect();
      node.disconnect();
      await context.close();
    },
  };
}
