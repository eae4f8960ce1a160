import type { List, ListItem, Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { timingLine, writeFeedbackReport } from './feedback-report';
import { sampleFeedback, sampleReview } from './testing/sample-review';

const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;

describe('feedback report', () => {
  it('reads back as the score, key points with evidence, delivery beside norms, timing and tips', () => {
    const tree = parse(writeFeedbackReport(sampleReview()));
    const headings = tree.children.filter((node) => node.type === 'heading').map((node) => toString(node));
    expect(headings).toEqual([
      'Feedback: How would you cut p99 latency | in a read-heavy *service*?',
      'Key points',
      'Delivery',
      'Timing',
      'Structure (technical)',
      'Tips',
    ]);
    const [scores, delivery] = tree.children.filter((node): node is Table => node.type === 'table');
    expect(scores!.children.map((row) => row.children.map((cell) => toString(cell)))).toEqual([
      ['Part', 'Score', 'Weight'],
      ['Content', '60', '55%'],
      ['Delivery', '70', '20%'],
      ['Timing', '55', '10%'],
      ['Structure', '80', '15%'],
    ]);
    expect(delivery!.children[1]!.children.map((cell) => toString(cell))).toEqual(['Pace', '112 words/min', '130–160']);
    expect(delivery!.children[2]!.children.map((cell) => toString(cell))).toEqual([
      'Fillers',
      '8.7/min (1)',
      '≤ 3/min',
    ]);
    const points = (tree.children.find((node): node is List => node.type === 'list')!.children as ListItem[]).map(
      (item) => toString(item),
    );
    expect(points).toEqual([
      'Covered: Add a cache in front of the database to cut **p99** latency — you said “cache p99 latency.”',
      'Partly: Use Redis with a TTL — you said “Redis.”',
      'Missed: Measure the hit ratio | before and after',
    ]);
    expect(toString(tree)).toContain('You spoke for 0:07 against a target of 1:00: 53 s under (on target is ±15%).');
  });

  it('adds the coach notes only when there are some', () => {
    const withCoach = sampleReview({
      feedback: sampleFeedback({
        coach: {
          summary: 'Clear start.',
          strengths: ['Concrete'],
          missed: ['Hit ratio'],
          tightened: 'Add a cache.',
          rubric: [{ label: 'Accuracy', score: 4, max: 5, reason: 'Right idea.' }],
          model: 'gpt-test',
        },
      }),
    });
    expect(writeFeedbackReport(withCoach)).toContain('## Coach notes\n\nClear start.\n\nStrengths:\n- Concrete');
    expect(writeFeedbackReport(sampleReview())).not.toContain('Coach');
  });

  it('says there is no feedback yet instead of printing empty figures', () => {
    const report = writeFeedbackReport(sampleReview({ feedback: null, stage: { state: 'scoring' } }));
    expect(report).toContain('no feedback yet');
    expect(report).not.toContain('Overall');
  });

  it('says which step failed instead of promising feedback that is not coming', () => {
    const failed = {
      state: 'failed',
      step: 'transcription',
      jobId: null,
      code: 'NETWORK',
      detail: { reason: 'server-unreachable', who: 'transcription' },
    } as const;
    const report = writeFeedbackReport(sampleReview({ feedback: null, stage: failed }));
    expect(report).toContain('This take has no feedback: its transcription failed.');
    expect(report).not.toContain('still being transcribed');
  });

  it('words the timing against the target', () => {
    const timing = (durationSeconds: number, verdict: 'on' | 'over' | 'no-target') =>
      timingLine(
        sampleFeedback({
          timing: { durationSeconds, targetSeconds: verdict === 'no-target' ? null : 120, tolerance: 0.15, verdict },
        }),
      );
    expect(timing(125, 'on')).toBe('You spoke for 2:05 against a target of 2:00: on target (±15%).');
    expect(timing(150, 'over')).toBe('You spoke for 2:30 against a target of 2:00: 30 s over (on target is ±15%).');
    expect(timing(61, 'no-target')).toBe('You spoke for 1:01; this question has no time target.');
  });
});
