import type { JudgeVerdict } from '@contract/judge';
import { startScriptedChatServer, type ChatReply, type ReceivedChat } from '../../../testing/scripted-chat-server';

export type JudgeReply = ChatReply;

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
