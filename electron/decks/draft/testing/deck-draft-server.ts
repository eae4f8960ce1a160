import { startScriptedChatServer, type ChatReply } from '../../../testing/scripted-chat-server';
import type { DeckDraftOutput } from '../deck-draft-output';

/** A draft as a model would send it: one question per section, out of order, to be sorted on arrival. */
export const sampleDraft: DeckDraftOutput = {
  title: 'Platform Engineer at Acme',
  questions: [
    {
      section: 'technical',
      question: 'How would you run Kubernetes upgrades without downtime?',
      kind: 'technical',
      keyPoints: ['Drain nodes one at a time', 'PodDisruptionBudgets keep replicas serving', 'Upgrade staging first'],
      targetSeconds: 90,
    },
    {
      section: 'behavioral',
      question: 'Tell me about a time an outage was your fault.',
      kind: 'behavioral',
      keyPoints: ['The migration that dropped an index', 'Rolled back within ten minutes', 'Added a review step'],
      targetSeconds: 120,
    },
    {
      section: 'role-specific',
      question: 'Why do you want to work on our developer platform?',
      kind: 'pitch',
      keyPoints: ['Platform work multiplies other teams', 'Acme ships many services a day'],
      targetSeconds: 5000,
    },
  ],
};

/** A chat server on 127.0.0.1 that drafts `draft`, unless a reply is scripted. */
export const startDeckDraftServer = (replies: ChatReply[] = [], draft: DeckDraftOutput = sampleDraft) =>
  startScriptedChatServer(replies, draft);
