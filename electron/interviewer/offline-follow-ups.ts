import type { FollowUp } from '@contract/follow-ups';
import { seededRandom } from '../seeded-random';
import {
  claimTemplates,
  decisionTemplates,
  fill,
  isDecisionQuestion,
  missedAreaTemplates,
  missedPhraseTemplates,
  partlyStatementTemplates,
  partlyPhraseTemplates,
  statementTemplates,
  type Template,
} from './follow-up-templates';
import { topicOf } from './follow-up-topic';
import { unsupportedClaims } from './unsupported-claims';

/** The part of a score report the interviewer reads: key points with their status, and the structure check. */
export interface ScoredAnswer {
  keyPoints: readonly { text: string; status: 'covered' | 'partly' | 'missed'; weight?: number; keyTerms: string[] }[];
  transcript: string;
  structureMissing: readonly string[];
  /** The question asked; a "why did you choose…" question gets follow-ups about the decision. */
  question?: string;
}

const statusOrder = { missed: 0, partly: 1, covered: 2 } as const;

/**
 * Follow-ups from a scored answer, most important first: missed key points
 * (heaviest first), then partly covered ones, with an unsupported claim asked
 * second when there is one. Covered points are never asked about. The seed
 * picks the wordings, so a seed always gives the same questions.
 */
export function offlineFollowUps(answer: ScoredAnswer, count: number, seed: number): FollowUp[] {
  // Neighbouring seeds (question positions) would otherwise start on the same wording.
  const random = seededRandom(Math.imul(seed ^ 0x9e3779b9, 2654435761) >>> 0);
  const pick = (templates: readonly Template[], used: Set<string>) => {
    const fresh = templates.filter((t) => !used.has(t.angle));
    const pool = fresh.length > 0 ? fresh : templates;
    const chosen = pool[Math.floor(random() * pool.length)]!;
    used.add(chosen.angle);
    return chosen;
  };
  const angles = new Set<string>();
  const open = answer.keyPoints
    .map((point, index) => ({ point, index }))
    .filter(({ point }) => point.status !== 'covered')
    .sort(
      (a, b) =>
        statusOrder[a.point.status] - statusOrder[b.point.status] ||
        (b.point.weight ?? 1) - (a.point.weight ?? 1) ||
        a.index - b.index,
    );
  const decision = isDecisionQuestion(answer.question ?? '');
  const fromPoints = open.map(({ point }): FollowUp => {
    const topic = topicOf(point);
    const area = topic.kind === 'phrase' ? topic.area : null;
    const templates =
      topic.kind === 'statement'
        ? point.status === 'missed'
          ? statementTemplates
          : partlyStatementTemplates
        : point.status === 'partly'
          ? partlyPhraseTemplates
          : decision
            ? decisionTemplates
            : area
              ? missedAreaTemplates
              : missedPhraseTemplates;
    return {
      text: fill(pick(templates, angles), topic.text, area),
      probes: [point.text],
      reason: point.status === 'missed' ? 'missed' : 'partly',
      generator: 'offline',
    };
  });
  const claim = unsupportedClaims(answer.transcript, { missing: [...answer.structureMissing] })[0];
  // A claim is checked against the points that carry the answer's own numbers, else the first open point.
  const numbered = answer.keyPoints.filter((p) => /\d/.test(p.text)).map((p) => p.text);
  const claimProbes = numbered.length > 0 ? numbered.slice(0, 3) : open.slice(0, 1).map(({ point }) => point.text);
  const fromClaim: FollowUp[] =
    claim && claimProbes.length > 0
      ? [
          {
            text: fill(pick(claimTemplates, angles), claim),
            probes: claimProbes,
            reason: 'claim',
            generator: 'offline',
          },
        ]
      : [];
  const ordered = [...fromPoints.slice(0, 1), ...fromClaim, ...fromPoints.slice(1)];
  return ordered.slice(0, Math.max(0, count));
}
