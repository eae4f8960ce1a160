import type { JudgeVerdict } from '@contract/judge';
import type { JudgeRequest } from '../judge-client';
import { startScriptedChatServer, type ChatReply, type ReceivedChat } from '../../../testing/scripted-chat-server';

export type JudgeReply = ChatReply;

export const sampleJudgeRequest: JudgeRequest = {
  question: 'Why microservices instead of a monolith?',
  modelAnswer: '- Resilience: one service failure does not bring down the platform\n- Teams deploy independently',
  keyPoints: ['Resilience: one service failure does not bring down the platform', 'Teams deploy independently'],
  answer: "um if one service fails it doesn't take down the whole platform",
};

/** How many numbered key points the judge prompt lists ("1. …" lines after "Key points:"). */
function keyPointCount(chat: ReceivedChat): number {
  const user = chat.messages.find((m) => m.role === 'user')?.content ?? '';
  const list = user.split('Key points:')[1]?.split('\n\n')[0] ?? '';
  return list.split('\n').filter((line) => /^\d+\. /.test(line)).length;
}

/**
 * A chat server on 127.0.0.1 that answers as the judge would: the given
 * verdicts for the first key points, "missed" for the rest, unless a reply is scripted.
 */
export const startJudgeServer = (
  replies: JudgeReply[] = [],
  verdicts: readonly { verdict: JudgeVerdict; quote: string }[] = [],
) =>
  startScriptedChatServer(replies, (chat) => ({
    verdicts: Array.from({ length: keyPointCount(chat) }, (_, i) => ({
      keyPoint: i + 1,
      ...(verdicts[i] ?? { verdict: 'missed', quote: '' }),
    })),
  }));
