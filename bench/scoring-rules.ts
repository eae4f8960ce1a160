import type { ScoreSettingsOverrides } from '../electron/scoring/settings';

/** Each rule of the content scorer and the settings that turn it off, for the ablation printed by the bench. */
export const contentRules: { name: string; off: ScoreSettingsOverrides }[] = [
  { name: 'word vectors (close in meaning)', off: { content: { semanticFrom: 1 } } },
  { name: 'WordNet synonyms and derived forms', off: { content: { relatedCredit: 0 } } },
  { name: 'question demoting', off: { content: { questionWeight: 1 } } },
  { name: 'deck specificity floor', off: { content: { idfFloor: 1 } } },
  { name: 'key-term weight', off: { content: { keyTermWeight: 1 } } },
  { name: 'negation scope', off: { content: { negationScope: 0 } } },
  { name: 'single letters as names', off: { content: { letterNames: false } } },
  { name: 'contradiction', off: { content: { contradictedShare: 1 } } },
  { name: 'keyword-list detection', off: { content: { explanationShare: 0 } } },
  { name: 'right question (other question fits better)', off: { content: { otherQuestionMargin: 100 } } },
];
