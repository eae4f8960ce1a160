import { startScriptedChatServer, type ChatReply, type ReceivedChat } from '../../testing/scripted-chat-server';

export type InterviewerReply = ChatReply;

/** The key points the interviewer prompt lists ("2. [missed] …" lines), with their numbers and status. */
export function listedPoints(chat: ReceivedChat): { number: number; status: string; text: string }[] {
  const user = chat.messages.find((m) => m.role === 'user')?.content ?? '';
  return [...user.matchAll(/^(\d+)\. \[(covered|partly|missed)\] (.+)$/gm)].map((m) => ({
    number: Number(m[1]),
    status: m[2]!,
    text: m[3]!,
  }));
}

/**
 * A chat server on 127.0.0.1 that answers as an interviewer model would: one
 * follow-up per point left open, worded from `ask` (the point's text in, the
 * question out), unless a reply is scripted.
 */
export const startInterviewerServer = (
  replies: InterviewerReply[] = [],
  ask: (pointText: string) => string = (point) => `Walk me through this: how would you ${point.toLowerCase()}?`,
) =>
  startScriptedChatServer(replies, (chat) => ({
    followUps: listedPoints(chat)
      .filter((p) => p.status !== 'covered')
      .map((p) => ({
        question: ask(p.text),
        keyPoints: [p.number],
        reason: p.status === 'missed' ? 'missed' : 'partly',
        why: 'The answer left this point out.',
      })),
  }));
