import type { StructureResult } from '../scoring/structure';

/** Words that claim an outcome; said with no number or example, an interviewer asks "by how much?". */
const claimWords =
  /^(improved|improves|reduced|reduces|increased|increases|faster|better|cut|saved|scaled|boosted|optimi[sz]ed|lowered|grew|doubled|halved|sped)$/i;

const phraseWords = { before: 3, after: 2 };

/**
 * Outcome claims in an answer the structure check found without a number or
 * example (technical answers) or without a result (stories). Each is the
 * user's own words around the claim, to quote back.
 */
export function unsupportedClaims(transcript: string, structure: Pick<StructureResult, 'missing'>): string[] {
  const lacksEvidence =
    structure.missing.includes('Concrete example or number') || structure.missing.includes('Result');
  if (!lacksEvidence) return [];
  const claims: string[] = [];
  for (const sentence of transcript.split(/[.!?]+/)) {
    const words = sentence.split(/\s+/).filter(Boolean);
    const bare = words.map((w) => w.replace(/[^\p{L}\p{N}'-]/gu, ''));
    const at = bare.findIndex((w) => claimWords.test(w));
    if (at < 0) continue;
    const picked = bare.slice(Math.max(0, at - phraseWords.before), at + phraseWords.after + 1).filter(Boolean);
    // A stutter ("it it improved") is not quoted back.
    const phrase = picked.filter((w, i) => i === 0 || w.toLowerCase() !== picked[i - 1]!.toLowerCase()).join(' ');
    if (phrase) claims.push(phrase.replace(/^./, (c) => c.toLowerCase()).replace(/^i\b/, 'I'));
  }
  return claims;
}
