/**
 * Follow-up wordings, as an interviewer says them. Each has one topic slot; a
 * phrase slot takes a noun phrase ("team autonomy", "Python and Go"), a
 * statement slot a full quoted sentence. Area wordings also name the part of
 * the system the point sits in. Modal verbs and "that part" keep a plural
 * phrase grammatical; no wording says "it is" or "they are" of the topic.
 */
export type Angle = 'why' | 'how' | 'what-if' | 'example';

export interface Template {
  angle: Angle;
  text: string;
}

const slot = '{topic}';
const area = '{area}';

export const missedPhraseTemplates: readonly Template[] = [
  { angle: 'why', text: `I didn't hear anything about ${slot}. Why might that matter here?` },
  { angle: 'how', text: `Let's talk about ${slot}. How would you handle that part?` },
  { angle: 'what-if', text: `What if ${slot} turned out to be the weak spot? What would you do?` },
  { angle: 'example', text: `Do you have an example from your own work where ${slot} came up?` },
  { angle: 'how', text: `Walk me through ${slot}. Where would that fit in?` },
];

/** For a point under a heading that names a part of the system ("Database: query performance…"). */
export const missedAreaTemplates: readonly Template[] = [
  { angle: 'how', text: `On the ${area} side, you didn't mention ${slot}. How would you look into that?` },
  { angle: 'why', text: `What about the ${area} side? Why would ${slot} matter here?` },
  { angle: 'example', text: `On the ${area} side: can you give an example where ${slot} made the difference?` },
];

/** For "why did you choose X over Y" questions: a missed point is a reason the choice left unsaid. */
export const decisionTemplates: readonly Template[] = [
  { angle: 'why', text: `How did ${slot} weigh in that decision?` },
  { angle: 'how', text: `What part did ${slot} play in that choice?` },
];

export const partlyPhraseTemplates: readonly Template[] = [
  { angle: 'how', text: `You touched on ${slot}. Can you go a level deeper: how would that work in practice?` },
  { angle: 'example', text: `You mentioned ${slot} briefly. Can you give me a concrete example?` },
  { angle: 'why', text: `You brought up ${slot} in passing. Why does that matter for this problem?` },
  { angle: 'what-if', text: `You mentioned ${slot}. What would you do if that part failed?` },
];

export const statementTemplates: readonly Template[] = [
  { angle: 'why', text: `You didn't get to one point: “${slot}” Why does that matter here?` },
  { angle: 'how', text: `I was hoping to hear you say: “${slot}” How would you put that in your own words?` },
  { angle: 'example', text: `Something you left out: “${slot}” Can you give an example from your own work?` },
  { angle: 'what-if', text: `Say someone pushed back on the point “${slot}” How would you defend it?` },
];

export const partlyStatementTemplates: readonly Template[] = [
  { angle: 'how', text: `You only partly covered one point: “${slot}” Can you take it all the way?` },
  { angle: 'example', text: `You started on a point: “${slot}” Can you give a concrete example?` },
];

export const claimTemplates: readonly Template[] = [
  { angle: 'how', text: `You said “${slot}”. By how much, and how did you measure it?` },
  { angle: 'example', text: `You said “${slot}”. Can you give a concrete example or a number that shows it?` },
];

/** A "why did you choose / pick / go with X (over Y)" question. */
export const isDecisionQuestion = (question: string) =>
  /^why\b/i.test(question.trim()) &&
  /\b(choose|chose|pick|picked|go with|went with|over|instead of|rather than)\b/i.test(question);

export function fill(template: Template, topic: string, areaName: string | null = null): string {
  return template.text.replace(slot, topic).replace(area, areaName ?? '');
}
