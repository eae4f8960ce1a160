// The real guides users brought, kept outside the repository. Each must import
// with every Q&A pair and the right answer boundaries.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { skipReasons, type ImportResult } from '@contract/deck-import';
import { importMarkdown } from './import-markdown';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const seedFile = (prefix: string) => fs.readdirSync(seedsDir).find((f) => f.startsWith(prefix));
const seed = (prefix: string): ImportResult => {
  const file = seedFile(prefix)!;
  return importMarkdown(fs.readFileSync(path.join(seedsDir, file), 'utf8'), { fileName: file });
};
const hasSeeds = fs.existsSync(seedsDir) && ['000', '001', '002', '003', '004'].every((p) => !!seedFile(p));

const nonPitch = (r: ImportResult) => r.questions.filter((q) => q.kind !== 'pitch');
const answerOf = (r: ImportResult, prompt: string) => {
  const q = r.questions.find((x) => x.prompt === prompt);
  if (!q) throw new Error(`missing question: ${prompt}`);
  return q.modelAnswer;
};

/** No answer may keep its "A:" marker or swallow the next question. */
function expectCleanAnswers(r: ImportResult) {
  for (const q of r.questions) {
    expect(q.modelAnswer, q.prompt).not.toMatch(/^\s*(\*\*)?A(nswer)?(\*\*)?\s*:/);
    expect(q.modelAnswer, q.prompt).not.toMatch(/\*\*Q\d*:|^#{2,6} \S/m);
    expect(q.modelAnswer.length, q.prompt).toBeGreaterThan(20);
  }
}

describe.runIf(hasSeeds)('seed guides', () => {
  it('000: 19 bold Q/A pairs plus the 30-second pitch and the 2-minute description', () => {
    const r = seed('000');
    expect(nonPitch(r)).toHaveLength(19);
    expect(
      r.questions.filter((q) => q.kind === 'pitch').map((q) => [q.prompt, q.targetSeconds, q.targetSource]),
    ).toEqual([
      ['Elevator Pitch (30 seconds)', 30, 'stated'],
      ['Extended Description (2 minutes)', 120, 'stated'],
    ]);
    expectCleanAnswers(r);
    expect(answerOf(r, 'Why microservices instead of a monolith?')).toMatch(
      /^"For an AEC data platform[^]*modular monolith\."$/,
    );
    const docker = answerOf(r, 'Explain your Dockerfile optimization.');
    expect(docker).toContain('```dockerfile\n# Stage 1: Build');
    expect(docker.endsWith('explicit user home)"')).toBe(true);
    expect(answerOf(r, 'Extended Description (2 minutes)')).toMatch(
      /^"The project demonstrates[^]*6\. \*\*IaC:\*\*[^]*principles\."$/,
    );
    expect(answerOf(r, 'What excites you about this role at Autodesk?')).toMatch(/multi-GB models\."$/);
    expect(r.questions.find((q) => q.prompt.startsWith('Describe a time'))).toMatchObject({
      kind: 'behavioral',
      section: 'Behavioral Questions > Leadership & Collaboration',
    });
    expect(r.skipped.filter((s) => s.reason === skipReasons.askInterviewer)).toHaveLength(5);
  });

  it('001: 50 numbered pairs with section paths and difficulty', () => {
    const r = seed('001');
    expect(r.questions).toHaveLength(50);
    expectCleanAnswers(r);
    const q26 = r.questions[25]!;
    expect(q26.prompt).toBe('Your system is growing. Where is the absolute first bottleneck you will hit?');
    expect(q26.section).toBe('Part 3: Hard Questions > 26. Architecture Bottlenecks');
    expect(q26.modelAnswer).toMatch(/^The Single EC2 Node\.[^]*add nodes dynamically\.$/);
    expect([r.questions[0]!.difficulty, r.questions[10]!.difficulty, r.questions[49]!.difficulty]).toEqual([
      'easy',
      'medium',
      'hard',
    ]);
    expect(r.questions[18]!.modelAnswer).toMatch(/^I used \*\*Multi-Stage Builds\*\*\.[^]*~150MB\.$/);
    expect(r.questions[49]!.modelAnswer).toMatch(/^\*\*Ansible\*\*\.[^]*purely immutable\.$/);
    expect(r.warnings.filter((w) => /numbered/.test(w.message))).toEqual([]);
  });

  it('002: 7 pairs and the 2-3 minute project introduction; checklists and agenda items skipped', () => {
    const r = seed('002');
    expect(nonPitch(r)).toHaveLength(7);
    expect(r.questions.find((q) => q.prompt === 'Project Introduction (2-3 minutes)')).toMatchObject({
      kind: 'pitch',
      targetSeconds: 180,
      targetSource: 'stated',
    });
    expectCleanAnswers(r);
    expect(answerOf(r, 'Walk me through your architecture')).toMatch(
      /^\*"I built a containerized Flask app[^]*security groups\."\*$/,
    );
    expect(r.questions.find((q) => q.prompt.startsWith('Tell me about a time'))?.kind).toBe('behavioral');
    const reasons = new Set(r.skipped.map((s) => s.reason));
    expect(reasons).toEqual(new Set([skipReasons.checklist, skipReasons.timedAgenda]));
  });

  it('003: 24 heading questions whose answers keep their follow-up notes and stop at the rule', () => {
    const r = seed('003');
    expect(r.questions).toHaveLength(24);
    expectCleanAnswers(r);
    const first = answerOf(r, 'Walk me through your system architecture');
    expect(first.startsWith('"I built a microservices platform')).toBe(true);
    expect(first).toContain('**Follow-up details**:');
    expect(first.endsWith('only Caddy exposed externally')).toBe(true);
    expect(answerOf(r, 'Why PostgreSQL over DynamoDB?')).toMatch(/serverless cost model wins\)$/);
    expect(r.questions[23]!.prompt).toBe('Do you have any questions for me?');
    expect(r.questions[23]!.modelAnswer).not.toContain('Remember');
  });

  it('004: 5 explicit, 9 implicit question headings, the 30-second pitch and the 5-minute walkthrough', () => {
    const r = seed('004');
    const prompts = r.questions.map((q) => q.prompt);
    expect(prompts.slice(1, 6)).toEqual([
      'Walk me through your architecture',
      'How do you handle traffic spikes?',
      'How do you ensure high availability?',
      'What about security?',
      'How do you manage costs?',
    ]);
    expect(prompts).toEqual(
      expect.arrayContaining([
        'Database is at 90% CPU',
        'Payment service is down',
        'How would you debug 5-second API response?',
        'Why Microservices over Monolith?',
        'Why Kubernetes over ECS?',
        'Why PostgreSQL over NoSQL?',
        'How would you implement distributed transactions?',
        'Explain your CI/CD security',
        'How do you ensure data consistency?',
      ]),
    );
    expect(r.questions).toHaveLength(5 + 9 + 2);
    const timed = r.questions.filter((q) => q.kind === 'pitch').map((q) => [q.prompt, q.targetSeconds, q.targetSource]);
    expect(timed).toEqual([
      ['30-Second Project Elevator Pitch', 30, 'stated'],
      ['Architecture Walkthrough Structure (5 minutes)', 300, 'stated'],
    ]);
    expect(answerOf(r, 'Walk me through your architecture')).toMatch(
      /^\*\*Answer Framework:\*\*[^]*\*\*Key Numbers\*\*: 10K users/,
    );
    expect(r.questions.find((q) => q.prompt === 'Database is at 90% CPU')?.kind).toBe('scenario');
    expect(r.questions.find((q) => q.prompt === 'Explain your CI/CD security')?.difficulty).toBe('hard');
  });
});
