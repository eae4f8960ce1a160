import { describe, expect, it } from 'vitest';
import { scoreAnswer } from '../score-answer';
import { timedWords } from '../test-words';
import { deckContext } from './deck';
import { questionPattern } from './other-question';

const question = 'Why microservices instead of a monolith?';
const modelAnswer =
  '- **Scalability:** Each service scales independently.\n' +
  '- **Team Autonomy:** Teams can deploy independently without affecting others.\n' +
  "- **Resilience:** One service failure doesn't bring down the entire platform.";
const communicate = {
  question: 'How do services communicate?',
  modelAnswer:
    '1. **Synchronous:** REST APIs for client calls, with Nginx as the API gateway.\n' +
    '2. **Asynchronous:** RabbitMQ queues: the ingestion service publishes a message and workers consume it.',
};
const deck = deckContext([{ question, modelAnswer }, communicate]);

const keyPoints = (transcript: string) =>
  scoreAnswer({ question, modelAnswer, transcript, durationSeconds: 20, words: timedWords(transcript) }, { deck })
    .content.keyPoints;

describe('a point said in other words', () => {
  it('covers "one service failure doesn\'t bring down the entire platform" said as "fails ... take down the whole"', () => {
    const point = keyPoints("um if one service fails it doesn't take down the whole platform")[2];
    expect(point?.status).toBe('covered');
    expect(point?.inOtherWords).toBe(true);
    // The evidence is the words that said it, with their times.
    expect(point?.evidence.words.map((w) => w.text)).toEqual(
      expect.arrayContaining(['service', 'fails', 'whole', 'platform']),
    );
    expect(point?.evidence.start).toBeTypeOf('number');
  });

  it('covers "teams can deploy independently without affecting others" said as "without stepping on each other"', () => {
    const point = keyPoints('teams can also deploy independently without stepping on each other')[1];
    expect(point?.status).toBe('covered');
  });

  it("leaves the mark off a point said in the model answer's own words", () => {
    const point = keyPoints('each service scales independently')[0];
    expect(point?.status).toBe('covered');
    expect(point?.inOtherWords).toBeUndefined();
  });

  it('does not count a point covered when the answer says its opposite', () => {
    expect(keyPoints('one service failure brings down the entire platform')[2]?.status).not.toBe('covered');
  });
});

describe('right question, not just right topic', () => {
  const answer =
    'so the client calls go over rest apis with nginx as the gateway, and the background work goes through rabbitmq, the ingestion service publishes a message and the workers consume it';

  it('marks down an answer that fits another question of the deck better, and says which', () => {
    const report = scoreAnswer({ question, modelAnswer, transcript: answer, durationSeconds: 20 }, { deck });
    const alone = scoreAnswer({ question, modelAnswer, transcript: answer, durationSeconds: 20 });
    expect(report.content.score).toBeLessThanOrEqual(alone.content.score);
    expect(report.tips.map((t) => t.text).join(' ')).toContain(
      'This answers “How do services communicate?” more than this question',
    );
  });

  it('leaves an answer to its own question alone', () => {
    const own =
      'each service scales independently, teams deploy independently, and one failure does not bring down the platform';
    const report = scoreAnswer({ question, modelAnswer, transcript: own, durationSeconds: 20 }, { deck });
    expect(report.tips.map((t) => t.text).join(' ')).not.toContain('This answers');
  });
});

describe('questions that differ only by their numbers or labels', () => {
  const reading = (n: number, volts: string, answer: string) => ({
    question: `Explain why you got a voltage reading of ${volts} for terminal ${n} and the positive terminal.`,
    modelAnswer: answer,
  });
  const one = reading(1, '1.5', 'Terminal 1 and the positive terminal are separated by the gap');
  const four = reading(4, '0', 'Terminal 4 and the positive terminal are connected');
  const circuits = deckContext([one, four]);

  it('read as one question asked about another item', () => {
    expect(questionPattern(one.question)).toBe(questionPattern(four.question));
    expect(questionPattern('Why did bulb A go out?')).toBe(questionPattern('Why did bulb C go out?'));
    expect(questionPattern('What is voltage?')).not.toBe(questionPattern('What is a gap?'));
  });

  it('are never offered as the question an answer fits better', () => {
    const transcript = 'terminal 1 is connected to the negative terminal, not the positive one';
    const report = scoreAnswer({ ...one, transcript, durationSeconds: 10 }, { deck: circuits });
    expect(report.tips.map((t) => t.text).join(' ')).not.toContain('This answers');
  });
});
