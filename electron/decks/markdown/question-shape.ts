import type { QuestionKind } from '@contract/deck-import';
import { isWhollyQuoted, stripOuterQuotes } from './inline-text';

/** "Q:", "Q1:", "Q 12.", "Question 3:", "Question:" at the start of a prompt. Not "Questions to ask:". */
const questionMarker = /^(?:Q|Question)\s*(\d+)?\s*(?:[:.)]|[-–—](?=\s))\s*/i;
/** "A:", "A1:", "Answer:", "Model answer:", "Sample answer -" at the start of an answer. Not "Answer Framework:". */
const answerMarker =
  /^(?:(?:model |sample |suggested |example |my |star )?(?:answer|response)|A\s*\d*)\s*(?::|\.(?=\s)|[-–—](?=\s))/i;

export interface QuestionMarker {
  readonly rest: string;
  readonly number: number | null;
}

export function questionMarkerOf(text: string): QuestionMarker | null {
  const match = questionMarker.exec(text.trimStart());
  if (!match) return null;
  // "Q." followed by nothing but punctuation is a stray letter, not a question.
  const rest = text.trimStart().slice(match[0].length).trim();
  return { rest, number: match[1] ? Number(match[1]) : null };
}

/** True when the text opens with an answer marker; `bare` also accepts a lone "A" or "Answer" (the colon may follow outside the bold). */
export function startsWithAnswerMarker(text: string, bare = false): boolean {
  const trimmed = text.trim();
  return answerMarker.test(trimmed) || (bare && /^(?:A\s*\d*|answer)$/i.test(trimmed));
}

// Without a question mark only wh-words and interviewer imperatives count: "Do's and Don'ts" or
// "Design principles" are topics, "Explain your CI/CD security" is a question.
const interrogative =
  /^(?:why|how|what|what's|whats|when|where|which|who|tell (?:me|us)|describe|explain|walk (?:me|us) through|talk (?:me |us )?(?:through|about)|give (?:me |us )?(?:an? )?example|introduce yourself)\b/i;
const notAQuestion =
  /^(?:how|what|when|where|why|who) to\b|^(?:how|what|when|where|why) (?:i|we|i'd|we'd|i've|we've)\b/i;

/** A heading, list item or bold line that reads as a question someone could be asked. */
export function isQuestionShaped(text: string): boolean {
  const t = stripOuterQuotes(text.replace(/^\d+\s*[.)]\s+/, '')).trim();
  // A one-word label ("Why: because…", "Answer: …") introduces text; it does not ask.
  if (t.length < 6 || t.length > 400 || /^[\p{L}-]+\s*:/u.test(t)) return false;
  if (/\?\s*["”']?$/.test(t)) return true;
  // "When a value is expensive to compute." answers; "Explain the test pyramid." asks.
  if (/^(?:why|how|what|when|where|which|who)\b/i.test(t) && /\.\s*["”']?$/.test(t)) return false;
  return interrogative.test(t) && !notAQuestion.test(t);
}

/** Question-shaped or a quoted situation ("Payment service is down"): what a scenario heading looks like. */
export function isPromptShaped(text: string): boolean {
  return isQuestionShaped(text) || (isWhollyQuoted(text) && stripOuterQuotes(text).length >= 6);
}

const pitch =
  /\b(?:elevator pitch|tell (?:me|us) about yourself|introduce yourself|walk (?:me|us) through your (?:resume|cv|background|career))\b/i;
const behavioralPrompt =
  /\b(?:tell (?:me|us) about (?:a|an|the) (?:[\w-]+ ){0,3}(?:time|situation|problem|challenge|conflict|failure|mistake|decision|disagreement)s? (?:when |where |that |you\b)|describe a (?:time|situation|moment)|give (?:me |us )?an example of (?:a time|when)|share an example|talk about a time|have you ever|a time (?:when )?you|when was the last time you|how do you (?:handle|deal with) (?:conflict|disagreement|feedback|criticism|pressure|failure|stress)|why do you want to (?:work|join)|why (?:are|did) you (?:leave|leaving)|(?:biggest|greatest) (?:weakness|strength)|where do you see yourself|what motivates you)\b/i;
const scenarioPrompt =
  /^(?:what (?:if|happens (?:if|when)|would you do (?:if|when))|if (?:your|the|a|an|you)\b|suppose|imagine)/i;
// "You deploy v2 and accuracy drops…": a set-up followed by something going wrong.
const troubleSetup =
  /^(?:you|your|the|a|an)\b.*\b(?:down|crash(?:es|ed)?|fail(?:s|ed|ing)?|slow|drops?|spik(?:e|es|ing)|outage|broke|broken|bottleneck|expensive|timeouts?|latency|restarts?)\b/i;
const behavioralSection =
  /\b(?:behaviou?ral|soft skills?|cultural fit|culture fit|leadership|teamwork|star stories)\b/i;
const scenarioSection = /\b(?:scenarios?|incidents?|troubleshooting|problem-solving scenarios|case stud(?:y|ies))\b/i;

/** What kind of answer the question asks for; the prompt decides first, then the section. */
export function inferKind(prompt: string, sectionPath: readonly string[], timed: boolean): QuestionKind {
  const text = stripOuterQuotes(prompt);
  if (timed || pitch.test(text)) return 'pitch';
  if (behavioralPrompt.test(text)) return 'behavioral';
  if (scenarioPrompt.test(text) || troubleSetup.test(text) || (isWhollyQuoted(prompt) && !isQuestionShaped(prompt)))
    return 'scenario';
  const sections = sectionPath.join(' / ');
  if (behavioralSection.test(sections)) return 'behavioral';
  if (scenarioSection.test(sections)) return 'scenario';
  return 'technical';
}
