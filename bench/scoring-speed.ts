import { deckContext } from '../electron/scoring/content/deck';
import { scoreAnswer } from '../electron/scoring/score-answer';
import type { ScoreInput } from '../electron/scoring/types';

const sentences = [
  'so the main reason we went with microservices is that each service scales on its own',
  'um the file processing part is really cpu heavy while the api is mostly waiting on io',
  'we picked go for the processing workers because of the throughput and python for the api',
  'teams can deploy independently and if one service fails it does not take the platform down',
  'the trade off is more complexity, network latency and you know distributed systems problems',
  'for a smaller team i would honestly start with a modular monolith and split it later',
];

/** A two-minute spoken answer (about 300 words at 150 wpm) with word timestamps and a few pauses. */
export function twoMinuteAnswer(seed: number): ScoreInput {
  const words: { text: string; start: number; end: number }[] = [];
  let t = 1.2;
  for (let i = 0; words.length < 300; i++) {
    for (const text of (sentences[(i + seed) % sentences.length] ?? '').split(' ')) {
      words.push({ text, start: t, end: t + 0.3 });
      t += i % 7 === 6 && words.length % 17 === 0 ? 2.4 : 0.4;
    }
  }
  return {
    question: 'Why microservices instead of a monolith?',
    modelAnswer:
      "- **Scalability:** Each service scales independently. File processing (CPU-intensive) can scale separately from the API (I/O-intensive).\n- **Technology Optimization:** Go for high-throughput processing, Python for rapid API development.\n- **Team Autonomy:** Teams can deploy independently without affecting others.\n- **Resilience:** One service failure doesn't bring down the entire platform.\n\nHowever, I'm aware of the trade-offs: increased complexity, network latency, and distributed system challenges. For a smaller team or product, I'd start with a modular monolith.",
    transcript: words.map((w) => w.text).join(' '),
    durationSeconds: t + 1,
    targetSeconds: 120,
    words,
  };
}

/**
 * Milliseconds to score one two-minute answer: the first call in a fresh process (JIT and caches cold), then the
 * median and 95th percentile over many calls after a short warm-up.
 */
export function measureSpeed(runs = 200, warmup = 30): { firstMs: number; medianMs: number; p95Ms: number } {
  const deck = deckContext([
    { question: twoMinuteAnswer(0).question, modelAnswer: twoMinuteAnswer(0).modelAnswer },
    {
      question: 'How do services communicate?',
      modelAnswer: 'REST APIs behind Nginx, and RabbitMQ for background work.',
    },
    { question: 'What happens when the backend crashes?', modelAnswer: 'Kubernetes restarts the pod automatically.' },
  ]);
  let started = performance.now();
  scoreAnswer(twoMinuteAnswer(0), { deck });
  const firstMs = performance.now() - started;
  for (let i = 0; i < warmup; i++) scoreAnswer(twoMinuteAnswer(i + runs), { deck });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = twoMinuteAnswer(i);
    started = performance.now();
    scoreAnswer(input, { deck });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    firstMs,
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    p95Ms: times[Math.floor(times.length * 0.95)] ?? 0,
  };
}

/**
 * Milliseconds for a fixed plain arithmetic loop (10 million steps), the yardstick for how fast this machine runs
 * right now: on a shared or busy machine every timing above grows with it.
 */
export function plainLoopMs(): number {
  const started = performance.now();
  let x = 0;
  for (let i = 0; i < 10_000_000; i++) x += i & 7;
  const ms = performance.now() - started;
  if (x < 0) console.log(x); // keeps the loop from being optimised away
  return ms;
}
