import { expect, it } from 'vitest';
import { recordingSetup } from './testing/recording-setup';

const setup = recordingSetup();

const MB = 1024 * 1024;

it('hands written chunks back to the system while a long take streams, instead of piling them up', async () => {
  const { services, questionId } = setup();
  const { id } = await services.recording.start(questionId);
  // 200 chunks of 1 MB, each a fresh buffer as IPC or an HTTP body delivers it.
  // Left to V8's own pace, dead chunks pile up to its external-memory limit (about 32 MB here).
  const baseline = process.memoryUsage().arrayBuffers;
  let peak = 0;
  for (let seq = 0; seq < 200; seq++) {
    const chunk = new Uint8Array(MB).fill(seq & 0xff);
    await services.recording.appendAudio(id, seq, chunk);
    peak = Math.max(peak, process.memoryUsage().arrayBuffers - baseline);
  }
  await services.recording.cancel(id);
  expect(peak / MB).toBeLessThan(12);
});
