import type { ContentResult } from './content/content-score';
import type { DeliveryResult } from './delivery/delivery-score';
import type { ScoreSettings } from './settings';
import type { StructureResult } from './structure';
import type { TimingResult } from './timing';

export type TipArea = 'content' | 'delivery' | 'timing' | 'structure';

export interface Tip {
  text: string;
  area: TipArea;
  /** Overall points the tip could win back; tips are ranked by it. */
  impact: number;
}

// Whole seconds are dropped, not rounded, as the review page's clock does, so a tip and the timing panel agree.
const clock = (seconds: number) => {
  const s = Math.floor(Math.abs(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
const shorten = (text: string, max = 80) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

interface Parts {
  content: ContentResult;
  delivery: DeliveryResult;
  timing: TimingResult;
  structure: StructureResult;
}

function candidates({ content, delivery, timing, structure }: Parts, w: ScoreSettings['weights']): Tip[] {
  const tips: Tip[] = [];
  const totalPointWeight = content.points.reduce((sum, p) => sum + p.weight, 0) || 1;
  const missed = content.points
    .filter((p) => p.status !== 'covered')
    .sort((a, b) => b.weight * (1 - b.coverage) - a.weight * (1 - a.coverage));
  if (content.keywordList) {
    tips.push({
      text: 'Explain how the terms connect: say what each one does and why you chose it, not just its name.',
      area: 'content',
      impact: w.content * (100 - content.score) * 0.5,
    });
  }
  if (content.otherQuestion) {
    tips.push({
      text: `This answers “${shorten(content.otherQuestion.question)}” more than this question: say what this question asks about.`,
      area: 'content',
      impact: w.content * (content.otherQuestion.score - content.score),
    });
  }
  if (missed.length > 0) {
    const top = missed.slice(0, 2);
    const share = top.reduce((sum, p) => sum + (p.weight * (1 - p.coverage)) / totalPointWeight, 0);
    const named = top.map((p) => `“${shorten(p.text)}”`).join(' and ');
    tips.push({ text: `Cover what you left out: ${named}`, area: 'content', impact: w.content * 100 * share });
  }
  for (const d of delivery.deductions) {
    const text = d.tip
      ? d.tip
      : d.reason.startsWith('Pace')
        ? delivery.wpm > 0 && d.reason.includes('above')
          ? `Slow down: you spoke at ${delivery.wpm} words per minute; aim for the 130-160 range and let key points land.`
          : `Pick up the pace: ${delivery.wpm} words per minute sounds hesitant; aim for 130-160.`
        : d.reason.includes('fillers')
          ? `Cut the filler words (${delivery.fillers.length}, ${delivery.fillersPerMinute} per minute): a short silence sounds more confident.`
          : d.reason.includes('pauses')
            ? `You paused ${delivery.pauses.length} times for ${delivery.pauses[0]?.seconds ?? 2} s or more; plan your next sentence before the current one ends.`
            : d.reason.includes('hedges')
              ? `Drop the hedges ("I think", "maybe"): say what you did and know as facts.`
              : d.reason.includes('repeated')
                ? `You restarted ${delivery.repeats.length} phrases; finish each sentence once, even if imperfect.`
                : d.reason.includes('First word')
                  ? `Start sooner: your first word came after ${delivery.firstWordSeconds} s. Open with a one-line summary.`
                  : d.reason;
    tips.push({ text, area: 'delivery', impact: w.delivery * d.points });
  }
  if (!timing.onTarget && timing.score < 100) {
    const over = timing.overSeconds > 0;
    tips.push({
      text: over
        ? `Trim about ${Math.round(timing.overSeconds)} s: you took ${clock(timing.durationSeconds)} for a ${clock(timing.targetSeconds)} target. Lead with the key points and drop side details.`
        : `Say more: you used ${clock(timing.durationSeconds)} of a ${clock(timing.targetSeconds)} target. Add an example or a result.`,
      area: 'timing',
      impact: w.timing * (100 - timing.score),
    });
  }
  if (structure.missing.length > 0) {
    const label =
      structure.kind === 'behavioral'
        ? `the ${structure.missing.join(', ')} of your story (STAR)`
        : structure.missing.join(' and ').toLowerCase();
    tips.push({ text: `Add ${label}.`, area: 'structure', impact: w.structure * (100 - structure.score) });
  }
  return tips;
}

/** Two to four tips, the ones that could win back the most points first. */
export function rankTips(parts: Parts, weights: ScoreSettings['weights']): Tip[] {
  const sum = weights.content + weights.delivery + weights.timing + weights.structure || 1;
  const share = {
    content: weights.content / sum,
    delivery: weights.delivery / sum,
    timing: weights.timing / sum,
    structure: weights.structure / sum,
  };
  const ranked = candidates(parts, share)
    .map((t) => ({ ...t, impact: Math.round(t.impact * 10) / 10 }))
    .sort((a, b) => b.impact - a.impact)
    .slice(0, 4);
  const keep: Tip[] = [
    {
      text: 'Keep this shape: open with the main point, then support it with one concrete example.',
      area: 'structure',
      impact: 0,
    },
    { text: 'Record it once more without notes to make it stick.', area: 'delivery', impact: 0 },
  ];
  while (ranked.length < 2) ranked.push(keep[ranked.length] as Tip);
  return ranked;
}
