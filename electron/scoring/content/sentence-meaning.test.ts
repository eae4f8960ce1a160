import { describe, expect, it } from 'vitest';
import { scoreAnswer } from '../score-answer';
import { defaultScoreSettings } from '../settings';
import { analyzeText } from '../text/analyze';
import { meaningVector, sentenceCredit } from './sentence-meaning';

const question = 'Why microservices instead of a monolith?';
const modelAnswer =
  '- **Scalability:** Each service scales independently.\n' +
  '- **Team Autonomy:** Teams can deploy independently without affecting others.\n' +
  "- **Resilience:** One service failure doesn't bring down the entire platform.";
// Off by default (see settings.ts); turned on here at the credit chosen on SemEval train.
const options = { ...defaultScoreSettings.content, sentenceCredit: 50 };
const questionWords = new Set(analyzeText(question).map((t) => t.lemma));
const meaning = (text: string) => meaningVector(analyzeText(text), questionWords, options.questionWeight);
const content = (transcript: string, settings = {}) =>
  scoreAnswer({ question, modelAnswer, transcript, durationSeconds: 30 }, { settings: { content: settings } }).content;

// Every point in other words, as the paraphrase set has it (quality/paraphrase-set.json).
const otherWords =
  'okay so, the big one is that every piece can grow on its own, like the heavy number crunching gets more machines ' +
  'without adding more copies of the web layer. um different groups ship their stuff whenever they want without ' +
  "stepping on each other. and if one service fails it doesn't take down the whole platform.";

describe('credit for meaning the model answer overall', () => {
  it('adds points to an answer said in other words once its key points earn some', () => {
    const credit = sentenceCredit(meaning(modelAnswer), meaning(otherWords), options.sentenceNeeds, options);
    expect(credit).toBeGreaterThan(0);
    expect(credit).toBeLessThanOrEqual(options.sentenceCredit);
    expect(content(otherWords, { sentenceCredit: 50 }).score).toBeGreaterThan(content(otherWords).score);
  });

  it("gives nothing to an answer said in the model answer's own words: its points already show what it says", () => {
    const ownWords = 'um each service scales independently, so yeah';
    expect(content(ownWords, { sentenceCredit: 50 }).score).toBe(content(ownWords).score);
  });

  it("adds to an answer in the model answer's own words too when the settings let it", () => {
    const ownWords = 'um each service scales independently, so yeah';
    const anyWording = { sentenceCredit: 50, sentenceOnlyInOtherWords: false };
    expect(content(ownWords, anyWording).score).toBeGreaterThan(content(ownWords).score);
  });

  it('gives a keyword list less for its overall meaning than an answer that explains', () => {
    const anyWording = { sentenceCredit: 50, sentenceOnlyInOtherWords: false, sentenceNeeds: 0 };
    const gain = (transcript: string) => content(transcript, anyWording).score - content(transcript).score;
    const keywords = 'scalability, independent services, team autonomy, deploy, resilience, failure, platform';
    const explained = 'so basically each service scales on its own, and the teams deploy whenever they want';
    expect(content(keywords).keywordList).toBe(true);
    expect(gain(keywords)).toBeLessThan(gain(explained) / 2);
  });

  it('gives nothing to an answer whose key points earn too little, however close its topic', () => {
    const vague = 'i think microservices are just the better choice for modern teams, everyone uses them';
    expect(sentenceCredit(meaning(modelAnswer), meaning(vague), options.sentenceNeeds - 1, options)).toBe(0);
  });

  it('gives more to an answer that means the same than to one about something else', () => {
    const reference = meaning(modelAnswer);
    const aside = meaning('my grandmother grew tomatoes and beans in her garden every summer');
    const full = { ...options, sentenceNeeds: 0 };
    expect(sentenceCredit(reference, meaning(otherWords), 0, full)).toBeGreaterThan(
      sentenceCredit(reference, aside, 0, full),
    );
  });

  it('is off when its credit is 0', () => {
    expect(sentenceCredit(meaning(modelAnswer), meaning(modelAnswer), 100, { ...options, sentenceCredit: 0 })).toBe(0);
  });
});
