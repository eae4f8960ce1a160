import type { CoachRequest } from '../coach-client';
import { startScriptedChatServer, type ChatReply } from '../../../testing/scripted-chat-server';

export type CoachReply = ChatReply;

export const sampleCoachRequest: CoachRequest = {
  question: 'How do you deploy to Kubernetes?',
  kind: 'technical',
  modelAnswer: 'With Argo CD syncing Helm charts from Git; roll back by reverting the commit.',
  answer: 'um so we use argo cd and helm charts basically',
  durationSeconds: 41.6,
  targetSeconds: 60,
  localMissed: ['roll back by reverting the commit'],
};

export const sampleAdvice = {
  summary: 'A clear answer that names the tools but skips the rollback plan.',
  rubric: {
    accuracy: { score: 4, reason: 'The deployment steps are right.' },
    completeness: { score: 3, reason: 'Rollback is not covered.' },
    specificity: { score: 4, reason: 'Names Argo CD and Helm.' },
    structure: { score: 3, reason: 'Jumps between build and deploy.' },
    concision: { score: 2, reason: 'Many fillers.' },
  },
  strengths: ['Names Argo CD and Helm charts.'],
  missed: ['How a bad release is rolled back.'],
  tightened: 'We deploy with Argo CD syncing Helm charts from Git, so every change is reviewed and can be rolled back.',
};

/** A chat server on 127.0.0.1 that answers as the coach would: `content` unless a reply is scripted. */
export const startCoachServer = (replies: CoachReply[] = [], content: object = sampleAdvice) =>
  startScriptedChatServer(replies, content);
