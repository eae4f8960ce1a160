import { describe, expect, it } from 'vitest';
import { offlineFollowUps, type ScoredAnswer } from './offline-follow-ups';
import { topicOf } from './follow-up-topic';

const missed = (text: string, keyTerms: string[] = [], question?: string): ScoredAnswer => ({
  keyPoints: [{ text, status: 'missed', keyTerms }],
  transcript: '',
  structureMissing: [],
  ...(question ? { question } : {}),
});

/** Every wording one missed point can get, over enough seeds to meet each template. */
const wordings = (answer: ScoredAnswer) =>
  new Set(Array.from({ length: 40 }, (_, seed) => offlineFollowUps(answer, 1, seed)[0]!.text));

describe('follow-up wording', () => {
  it('asks about what a point under a system heading names, on that side of the system', () => {
    const point = 'Database: Query performance and connection pools';
    expect(topicOf({ text: point, keyTerms: ['Database'] })).toEqual({
      kind: 'phrase',
      text: 'query performance and connection pools',
      area: 'database',
    });
    for (const text of wordings(missed(point, ['Database']))) {
      expect(text).toContain('database side');
      expect(text).toContain('query performance and connection pools');
    }
  });

  it('reads past an instruction to what it is about', () => {
    expect(topicOf({ text: 'APM: Check distributed tracing for bottlenecks', keyTerms: ['APM'] })).toEqual({
      kind: 'phrase',
      text: 'distributed tracing for bottlenecks',
      area: 'APM',
    });
    expect(topicOf({ text: 'No auto-scaling for traffic spikes', keyTerms: [] })).toMatchObject({
      text: 'auto-scaling for traffic spikes',
    });
  });

  it('takes a heading that is itself a name as the topic', () => {
    expect(
      topicOf({ text: 'CrashLoopBackOff: Application crash, check logs', keyTerms: ['CrashLoopBackOff'] }),
    ).toEqual({ kind: 'phrase', text: 'CrashLoopBackOff', area: null });
  });

  it('never pairs two names the point does not list together, and keeps names with digits whole', () => {
    const text = 'My application is I/O bound when saving results to MongoDB and CPU bound during inference.';
    expect(topicOf({ text, keyTerms: ['MongoDB', 'CPU'] })).toMatchObject({ text: 'MongoDB' });
    expect(
      topicOf({
        text: 'We provision with Terraform and Ansible, reviewed in pull requests.',
        keyTerms: ['Terraform', 'Ansible'],
      }),
    ).toMatchObject({ text: 'Terraform and Ansible' });
    expect(topicOf({ text: 'The Single EC2 Node.', keyTerms: ['Single', 'EC2', 'Node'] })).toMatchObject({
      text: 'the single EC2 node',
    });
  });

  it('does not take a clause for a noun phrase', () => {
    expect(topicOf({ text: 'Redis caches the API responses.', keyTerms: ['Redis', 'API'] })).toMatchObject({
      text: 'Redis',
    });
  });

  it('asks how a missed point weighed in the choice when the question asks why something was chosen', () => {
    const answer = missed(
      'Docker Compose saves us $270/month versus EKS.',
      ['Compose', 'EKS'],
      'Why did you choose this architecture over Kubernetes?',
    );
    for (const text of wordings(answer))
      expect(text).toMatch(
        /^(How did Docker Compose weigh in that decision|What part did Docker Compose play in that choice)\?$/,
      );
  });

  it('reads the notes back to the candidate as "you", not "I"', () => {
    const answer = missed("I'd also implement blue-green deployments for zero-downtime updates, which our team liked.");
    for (const text of wordings(answer)) {
      expect(text).toContain("“You'd also implement blue-green deployments");
      expect(text).toContain('your team');
      expect(text).not.toMatch(/\bI'd\b|\bour\b/);
    }
  });
});
