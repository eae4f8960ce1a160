import type { Transcript } from '@contract/transcription';
import type { NewQuestion } from '../decks/deck-repo';
import type { Services } from '../services';

export const deployQuestion: NewQuestion = {
  prompt: 'How do you deploy a service to Kubernetes?',
  modelAnswer:
    '- **GitOps:** Argo CD syncs Helm charts from Git, so every change is reviewed.\n' +
    '- **Resources:** requests of 500m CPU keep p99 latency under 200 ms.\n' +
    '- **Rollback:** revert the commit and Argo CD rolls the release back.',
  section: 'Platform',
  difficulty: null,
  kind: 'technical',
  targetSeconds: 60,
  targetSource: 'stated',
};

export const conflictQuestion: NewQuestion = {
  prompt: 'Tell me about a time you disagreed with your manager.',
  modelAnswer:
    'Situation: we planned a rewrite before a launch. Task: I had to keep the launch date. ' +
    'Action: I showed the incident data and proposed a staged plan. Result: we launched on time and rewrote later.',
  section: 'Behavioral',
  difficulty: null,
  kind: 'behavioral',
  targetSeconds: 120,
  targetSource: 'default',
};

export const goodAnswer =
  'um so we use Argo CD which syncs our Helm charts from Git, so every change gets reviewed. ' +
  'We set requests to five hundred millicores so p ninety nine latency stays under two hundred milliseconds, ' +
  'and to roll back we just revert the commit and Argo rolls it back.';

/** Words 0.4 s apart from `startAt`, as a recogniser reports them. */
export function timedWords(text: string, startAt = 1) {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word, i) => ({ text: word, start: startAt + i * 0.4, end: startAt + i * 0.4 + 0.3, probability: 0.9 }));
}

export function seedDeck(services: Services, questions: NewQuestion[] = [deployQuestion, conflictQuestion]) {
  const deckId = services.decks.create('Platform interview', questions);
  return { deckId, questionIds: services.decks.get(deckId)!.questions.map((q) => q.id) };
}

/** A recorded take of a question, without audio (so nothing queues it for transcription). */
export function seedTake(services: Services, questionId: string, durationMs: number | null = 45_000): string {
  const take = services.takes.create(questionId, { videoFile: null, audioFile: null });
  services.takes.finish(take.id, 'recorded', durationMs);
  return take.id;
}

/** A finished transcription of a take, stored exactly as the transcription queue stores one. */
export function storeTranscript(services: Services, takeId: string, text: string): string {
  const { jobs } = services.transcription;
  const job = jobs.create(takeId, 'local', 'base.en');
  jobs.start(job.id, 'base.en');
  const words = timedWords(text);
  const transcript: Transcript = {
    text,
    language: 'en',
    segments: [{ start: words[0]?.start ?? 0, end: words.at(-1)?.end ?? 0, text }],
    words,
    engine: 'local',
    model: 'base.en',
    seconds: 1,
  };
  jobs.finish(job.id, transcript);
  return job.id;
}
