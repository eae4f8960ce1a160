import { describe, expect, it } from 'vitest';
import { scoreAnswer } from '../score-answer';
import { timedWords } from '../test-words';
import { extractKeyPoints } from './key-points';
import { namedTerms } from './named-terms';

const keyTermsOf = (answer: string) => extractKeyPoints(answer).map((p) => p.keyTerms);

describe('names at the start of a sentence', () => {
  it('finds a product name that starts a sentence', () => {
    expect(namedTerms('Nginx is our ingress controller.')).toEqual(['Nginx']);
    expect(namedTerms('Terraform manages the VPC.')).toEqual(['Terraform', 'VPC']);
    expect(namedTerms("Kafka's consumers lag.")).toEqual(["Kafka's"]);
  });

  it('leaves ordinary sentence-initial words alone', () => {
    const answer =
      'However, we cache the result. We scale out on load. This keeps the latency low. ' +
      'Monitoring covers the queue. Dashboards show the errors. Sharding splits the table.';
    expect(keyTermsOf(answer)).toEqual([[], [], [], [], [], []]);
  });

  it('takes a dictionary word for a name when the answer capitalises it mid-sentence', () => {
    expect(keyTermsOf('Helm packages the chart. We install the chart with Helm.')).toEqual([['Helm'], ['Helm']]);
    expect(keyTermsOf('Helm packages the chart. We install the chart by hand.')).toEqual([[], []]);
  });

  it('takes an unknown word for a common one when the answer writes it in lower case', () => {
    expect(keyTermsOf('Microservices talk over queues. We run ten microservices.')).toEqual([[], []]);
  });
});

describe('scoring a sentence that starts with a name', () => {
  const question = 'How does traffic reach your services?';
  const modelAnswer =
    'Nginx is our ingress controller. However, it only routes the requests. Terraform manages the VPC and the subnets.';
  const score = (transcript: string) =>
    scoreAnswer({ question, modelAnswer, transcript, durationSeconds: 20, words: timedWords(transcript) }).content
      .keyPoints;

  it('reports the names as key terms and no ordinary word', () => {
    expect(score('').map((p) => p.keyTerms)).toEqual([['Nginx'], [], ['Terraform', 'VPC']]);
  });

  it('covers the point when the name is said, pointing at the spoken name and its time', () => {
    const points = score('nginx is the ingress controller and terraform manages the vpc and the subnets');
    expect([points[0]?.status, points[2]?.status]).toEqual(['covered', 'covered']);
    expect(points[0]?.evidence.words.find((w) => w.text === 'nginx')).toMatchObject({ index: 0, start: 0.5, end: 0.8 });
    expect(points[2]?.evidence.words.map((w) => w.text)).toContain('terraform');
  });

  it('does not count the point covered when the name is left out', () => {
    const points = score('we have an ingress controller, and something manages the vpc and subnets');
    expect(points[0]?.status).not.toBe('covered');
    expect(points[0]?.evidence.words.map((w) => w.text)).toEqual(['ingress', 'controller,']);
    expect(points[2]?.status).toBe('covered');
  });

  it('marks the point missed when neither the name nor its idea is said', () => {
    const points = score('terraform manages the vpc and the subnets');
    expect(points[0]).toMatchObject({ status: 'missed', coverage: 0 });
  });
});
