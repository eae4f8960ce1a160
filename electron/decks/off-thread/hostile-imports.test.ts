import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { apiCaller } from '../../testing/api-caller';
import { tempServices } from '../../testing/temp-services';
import { hostileGuides, slowGuideUnderLimit } from './hostile-guides';
import { importLimits, offThreadImporter } from './import-off-thread';

const services = tempServices();
const { result } = apiCaller(() => services);
afterAll(async () => {
  await offThreadImporter().close();
  services.dispose();
});

/** What a user sees once: the preview, or a refusal with a code the page turns into words. */
const answers = new Set(['ok', 'TOO_LARGE', 'TIMEOUT', 'BAD_FILE', 'NOT_MARKDOWN']);
/** Starting the worker under tsx takes seconds on a busy machine; the parse itself gets the user's limit. */
const startupSlackMs = 30_000;

async function previewThroughTheApi(fileName: string, text: string) {
  const started = performance.now();
  const outcome = await result('decks.previewImport', { fileName, text });
  return { answer: outcome.ok ? 'ok' : outcome.error.code, ms: performance.now() - started };
}

describe('hostile guides through the import call the page makes', () => {
  it('answers each within the time limit, and the main thread keeps serving meanwhile', async () => {
    // Warm the worker as an app that has imported once would have it.
    await previewThroughTheApi('warm.md', '**Q:** Warm?\n**A:** Yes.\n');
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const outcomes: Record<string, string> = {};
    for (const guide of [...hostileGuides, { name: '1 MB of [', ...slowGuideUnderLimit }]) {
      const { answer, ms } = await previewThroughTheApi(guide.fileName, guide.text);
      outcomes[guide.name] = answer;
      expect(answers, `${guide.name}: ${answer}`).toContain(answer);
      expect(ms, guide.name).toBeLessThan(importLimits.timeLimitMs + startupSlackMs);
    }
    delay.disable();
    expect(outcomes).toMatchObject({
      '1.9 MB of [': 'TOO_LARGE',
      '1.9 MB of backticks': 'TOO_LARGE',
      '1.9 MB of "*a "': 'TOO_LARGE',
      'JSON nested 500,000 deep': 'BAD_FILE',
    });
    // A parse on this thread blocks it for seconds (the deep JSON alone for about 2 s). The bound is generous
    // because on a busy 2-core machine the OS alone delays an idle event loop by 100 ms and more.
    expect(delay.max / 1e6).toBeLessThan(1_000);
  });
});
