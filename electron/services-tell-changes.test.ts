import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { seedDeck, seedTake } from './testing/seed-take';
import { tempServices } from './testing/temp-services';

const services = tempServices();
afterAll(() => services.dispose());
let told: string[];
beforeEach(() => {
  told = [];
});
services.events.subscribe((name, payload) => {
  if (name === 'data.changed') told.push((payload as { kind: string }).kind);
});

/** Changes made straight on the services, as the CLI or another service would: no handler in between. */
describe('a change made without a handler', () => {
  it('to decks is told to the pages that list decks, and a deleted question’s takes to those that list takes', async () => {
    const deck = services.deckEditor.create('Platform');
    services.deckEditor.rename(deck.id, 'Platform team');
    expect(told).toEqual(['decks', 'decks']);
    const { deckId, questionIds } = seedDeck(services);
    told = [];
    await services.deckEditor.deleteQuestion(questionIds[0]!);
    expect(told).toEqual(['takes', 'decks']);
    await services.deckEditor.delete(deckId);
    expect(services.library.decks.summary(deckId)).toBeUndefined();
  });

  it('to a take is told to the pages that list takes, and a deleted take is gone', async () => {
    const { questionIds } = seedDeck(services);
    const takeId = seedTake(services, questionIds[0]!);
    expect(services.takeEditor.rename(takeId, 'Best so far').name).toBe('Best so far');
    await services.takeEditor.delete(takeId);
    expect(told).toEqual(['takes', 'takes']);
    expect(services.takes.get(takeId)).toBeUndefined();
    await expect(services.takeEditor.delete(takeId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('to settings or a server’s key is told to the Settings page', async () => {
    services.settingsEditor.update({ thinkSeconds: 7 });
    await services.transcription.setKey('sk-transcription');
    await services.feedback.coach.setKey('sk-coach');
    await services.feedback.judge.setKey(null);
    await services.followUps.setInterviewerKey(null);
    expect(told).toEqual(['settings', 'settings', 'settings', 'settings', 'settings']);
    expect(services.settings.get().thinkSeconds).toBe(7);
  });
});
