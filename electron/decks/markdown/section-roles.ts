import { skipReasons, type Difficulty } from '@contract/deck-import';

const levels: [RegExp, Difficulty][] = [
  [/\b(?:simple|easy|basic|beginner|foundational|junior|entry[- ]level)\b/i, 'easy'],
  [/\b(?:medium|intermediate|moderate|mid[- ]level)\b/i, 'medium'],
  [/\b(?:hard|advanced|senior|expert|difficult|staff[- ]level)\b/i, 'hard'],
];
// "Basic Auth" or "Advanced Networking" name a topic; a level needs company:
// the word alone, in brackets, or beside "questions", "level", "topics"...
const levelContext = /\b(?:questions?|level|topics?|tier|round|difficulty|part|section|answers?)\b/i;

function levelOf(text: string): Difficulty | null {
  for (const [pattern, level] of levels) if (pattern.test(text)) return level;
  return null;
}

/** The difficulty a heading or prompt tag states, e.g. "Part 3: Hard Questions (Senior-Level)" or "[Easy]". */
export function statedDifficulty(text: string): Difficulty | null {
  const bracketed = /[([]\s*([^()[\]]{1,30})\s*[)\]]/.exec(text);
  const fromBracket = bracketed?.[1] ? levelOf(bracketed[1]) : null;
  if (fromBracket) return fromBracket;
  const bare = text.replace(/[^\p{L}\s-]/gu, '').trim();
  if (/^\S+(?:[- ]level)?$/i.test(bare)) return levelOf(bare);
  return levelContext.test(text) ? levelOf(text) : null;
}

/** The nearest section that states a level wins. */
export function difficultyFromSections(sectionPath: readonly string[]): Difficulty | null {
  for (let i = sectionPath.length - 1; i >= 0; i--) {
    const level = statedDifficulty(sectionPath[i]!);
    if (level) return level;
  }
  return null;
}

const askInterviewer =
  /\bquestions? (?:to ask|for (?:the |your |them|the interviewer|your interviewer))|\bask (?:the |your )?(?:interviewer|them|the panel)\b|\breverse (?:interview|questions)\b/i;
const tips =
  /\b(?:tips?|pitfalls?|mistakes?|avoid|reminders?|checklist|do'?s and don'?ts|red flags|resources|further reading|practice plan|study plan|success indicators|confidence boosters?|logistics|agenda|notes? to self|(?:key )?takeaways?|lessons learned)\b/i;

/** Why questions under this heading or label are not practice questions, if they are not. */
export function skipReasonFor(sectionName: string): string | null {
  if (askInterviewer.test(sectionName)) return skipReasons.askInterviewer;
  if (tips.test(sectionName)) return skipReasons.tips;
  return null;
}
