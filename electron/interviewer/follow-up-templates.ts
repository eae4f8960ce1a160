/**
 * Follow-up wordings. Each has exactly one slot; a phrase slot takes a noun
 * phrase ("team autonomy", "Python and Go"), a statement slot a full quoted
 * sentence. Modal verbs ("would") keep a plural phrase grammatical.
 */
export type Angle = 'why' | 'how' | 'what-if' | 'example';

export interface Template {
  angle: Angle;
  text: string;
}

const slot = '{topic}';

export const missedPhraseTemplates: readonly Template[] = [
  { angle: 'why', text: `You didn't mention ${slot}. Why would that matter here?` },
  { angle: 'how', text: `How would ${slot} fit into your approach?` },
  { angle: 'what-if', text: `What would you do if you couldn't rely on ${slot}?` },
  { angle: 'example', text: `Can you give an example of where ${slot} made a difference?` },
  { angle: 'how', text: `You didn't bring up ${slot}. How would you explain where that fits to a new teammate?` },
];

export const partlyPhraseTemplates: readonly Template[] = [
  { angle: 'how', text: `You touched on ${slot}. How exactly would you put that into practice?` },
  { angle: 'example', text: `You touched on ${slot}. Can you give a concrete example?` },
  { angle: 'why', text: `You briefly mentioned ${slot}. Why does that matter for this problem?` },
  { angle: 'what-if', text: `You mentioned ${slot} in passing. What would you do if that part failed?` },
];

export const statementTemplates: readonly Template[] = [
  { angle: 'why', text: `You didn't cover this point: “${slot}” Why does it matter here?` },
  { angle: 'how', text: `One thing you left out: “${slot}” How would you explain that in your own words?` },
  { angle: 'example', text: `You left out a point: “${slot}” Can you give an example from your own work?` },
  { angle: 'what-if', text: `Suppose someone questioned the point “${slot}” What would you do if they pushed back?` },
];

export const partlyStatementTemplates: readonly Template[] = [
  { angle: 'how', text: `You only partly covered this point: “${slot}” How would you explain it fully?` },
  { angle: 'example', text: `You started on this point: “${slot}” Can you give a concrete example?` },
];

export const claimTemplates: readonly Template[] = [
  { angle: 'how', text: `You said “${slot}”. By how much, and how did you measure it?` },
  { angle: 'example', text: `You said “${slot}”. Can you give a concrete example or a number that shows it?` },
];

export function fill(template: Template, topic: string): string {
  return template.text.replace(slot, topic);
}
