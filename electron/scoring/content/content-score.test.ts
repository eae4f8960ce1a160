import { describe, expect, it } from 'vitest';
import { scoreAnswer } from '../score-answer';
import { extractKeyPoints } from './key-points';

const question = 'Users report the application is slow. Which metric do you look at first?';
const modelAnswer =
  'I look at the 99th percentile (P99) of `prediction_latency_seconds`. Average latency hides outliers. ' +
  'If P99 is high, the model inference itself is slow. If P99 is low but users see slowness, the issue might be network ingress or the frontend loading time.';

const content = (transcript: string) => scoreAnswer({ question, modelAnswer, transcript, durationSeconds: 40 }).content;

describe('extractKeyPoints', () => {
  it('splits list items and sentences, keeps bold labels and names as key terms, skips code and lead-ins', () => {
    const points = extractKeyPoints(
      'I use two patterns:\n1. **Synchronous:** REST APIs for client calls through Nginx.\n```\nFROM python\n```\nRabbitMQ handles background work. It has 3 queues.',
    );
    expect(points.map((p) => p.text)).toEqual([
      'Synchronous: REST APIs for client calls through Nginx.',
      'RabbitMQ handles background work.',
      'It has 3 queues.',
    ]);
    expect(points[0]?.keyTerms).toEqual(expect.arrayContaining(['Synchronous', 'REST', 'Nginx']));
    expect(points[2]?.keyTerms).toEqual(['3']);
  });
});

describe('content score', () => {
  const strong = content(
    "i'd look at the ninety ninth percentile of the prediction latency seconds metric because the average latency hides outliers. if the p ninety nine is high then the model inference itself is slow, and if it's low but users still see slowness it's probably network ingress or the frontend loading time",
  );

  it('covers the points of a full answer and shows the words that cover them', () => {
    expect(strong.keyPoints.every((p) => p.status === 'covered')).toBe(true);
    const first = strong.keyPoints[0];
    expect(first?.evidence.words.map((w) => w.text)).toEqual(
      expect.arrayContaining(['ninety', 'ninth', 'percentile', 'latency']),
    );
    expect(strong.score).toBeGreaterThan(80);
  });

  it('scores a partial answer between a full one and nothing', () => {
    const partial = content('the ninety ninth percentile latency, because averages hide the outliers');
    expect(partial.score).toBeLessThan(strong.score);
    expect(partial.score).toBeGreaterThan(10);
    expect(partial.keyPoints.map((p) => p.status)).toContain('missed');
  });

  it('scores off-topic, vague and keyword-list answers clearly below a real answer', () => {
    const offTopic = content(
      'terraform creates the vpc and the ec2 instance, and ansible installs docker and kind on it',
    );
    const vague = content("i'd open the dashboards and look at whatever seems wrong and then dig into it from there");
    const keywords = content('P99, latency, outliers, inference, ingress, frontend');
    for (const weak of [offTopic, vague, keywords]) expect(weak.score).toBeLessThan(strong.score - 50);
    expect(keywords.keywordList).toBe(true);
  });

  it('does not count a point the answer contradicts', () => {
    const said = content('average latency does not hide outliers');
    const point = said.keyPoints[1];
    expect(point?.status).not.toBe('covered');
  });

  it('scores an empty answer 0 with every point missed', () => {
    const empty = content('');
    expect(empty.score).toBe(0);
    expect(empty.keyPoints.every((p) => p.status === 'missed' && p.evidence.words.length === 0)).toBe(true);
  });
});
