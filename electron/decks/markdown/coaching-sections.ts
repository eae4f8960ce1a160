import type { Section } from './section-tree';

// Guides that coach as well as answer split a question into sub-sections:
// "How to Answer" / "Why They Ask This" (advice, kept as notes) and
// "Example Answer" (the model answer, the only part that is scored).
const coaching =
  /^(?:how to (?:answer|approach|respond)|why (?:they|interviewers?|employers?|we) ask(?: this)?(?: question)?|what (?:the interviewers?|they|interviewers?|employers?|hiring managers?) (?:is |are )?(?:looking for|want(?: to (?:hear|see|know))?)|what to (?:say|cover|include|avoid|focus on)|tips? for answering|answer(?:ing)? (?:tips|strategy|framework)|approach|strategy|coaching|key points(?: to cover)?)\b/i;
const example =
  /^(?:(?:an? )?(?:example|sample|model|suggested|strong|good|great|possible) (?:answer|response)s?|my answer)\b/i;

export type CoachingRole = 'coaching' | 'example';

export function coachingRole(label: string): CoachingRole | null {
  if (example.test(label)) return 'example';
  if (coaching.test(label)) return 'coaching';
  return null;
}

/** True when the question heading splits into coaching and example sub-sections. */
export const hasCoachingParts = (section: Section): boolean =>
  section.children.some((child) => coachingRole(child.label) !== null);
