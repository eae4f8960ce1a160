import { describe, expect, it } from 'vitest';
import { exportJson, importJson } from './formats/deck-json';
import { exportMarkdown } from './formats/deck-markdown';
import { normalizePrompt } from './markdown/inline-text';
import { importMarkdown } from './markdown/import-markdown';
import { starterDeck } from './starter-deck';
import { countWords, speakingSeconds } from './targets';

describe('starter deck', () => {
  const deck = starterDeck();

  it('is a valid deck file with a version', () => {
    expect(deck.deckVersion).toBeGreaterThanOrEqual(1);
    expect(deck.questions.length).toBeGreaterThanOrEqual(10);
    expect(new Set(deck.questions.map((q) => normalizePrompt(q.prompt))).size).toBe(deck.questions.length);
  });

  it('covers behavioural, project walkthrough and technical questions', () => {
    const kinds = new Set(deck.questions.map((q) => q.kind));
    expect(kinds).toEqual(new Set(['behavioral', 'pitch', 'technical', 'scenario']));
    expect(deck.questions.filter((q) => q.kind === 'behavioral').length).toBeGreaterThanOrEqual(3);
    expect(deck.questions.some((q) => /walk me through a project/i.test(q.prompt))).toBe(true);
  });

  it('gives every question a model answer that fits its stated target', () => {
    for (const q of deck.questions) {
      expect(q.targetSource, q.prompt).toBe('stated');
      expect(countWords(q.modelAnswer), q.prompt).toBeGreaterThanOrEqual(40);
      // Said at a conversational pace, the model answer must fit the clock it is practised against.
      expect(speakingSeconds(countWords(q.modelAnswer)), q.prompt).toBeLessThanOrEqual(q.targetSeconds * 1.25);
    }
  });

  it('survives the JSON and Markdown round trips users will put it through', () => {
    const fromJson = importJson(exportJson(deck)).questions.map(({ line: _l, ...q }) => q);
    expect(fromJson).toEqual(deck.questions);
    const fromMarkdown = importMarkdown(exportMarkdown(deck)).questions.map(({ line: _l, ...q }) => q);
    expect(fromMarkdown).toEqual(deck.questions);
  });
});
