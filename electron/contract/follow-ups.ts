import { z } from 'zod';
import { call, id, noInput, okOutput } from './define';
import { llmServerStatusSchema } from './llm-check';
import { apiErrorSchema } from './result';
import { apiKeyInput } from './transcription';

/** One interviewer follow-up: what is asked, which key points of the model answer it probes, and why. */
export const followUpSchema = z.object({
  text: z.string().min(1).max(600),
  /** Key point texts the follow-up answer is scored against. */
  probes: z.array(z.string().min(1).max(2000)).min(1).max(10),
  reason: z.enum(['missed', 'partly', 'claim']),
  generator: z.enum(['offline', 'llm']),
  /** Why the LLM interviewer asks it, in a sentence; the built-in interviewer's reason says it all. */
  why: z.string().max(300).optional(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const followUpCountSchema = z.union([z.literal(0), z.literal(1), z.literal(2)]);

/** How the interviewer asks: its voice (a system voice name, or the default) and whether it speaks, shows, or both. */
export const interviewerOptionsSchema = z
  .object({
    followUps: followUpCountSchema.default(0),
    voice: z.string().max(200).nullable().default(null),
    delivery: z.enum(['speak', 'show', 'both']).default('both'),
  })
  .strict();
export type InterviewerOptions = z.infer<typeof interviewerOptionsSchema>;

const threadTurn = z.object({
  takeId: id,
  /** What was asked: the question, or the follow-up. */
  asked: z.string(),
  /** The answer's transcript, null while it is being transcribed. */
  answer: z.string().nullable(),
  overall: z.number().min(0).max(100).nullable(),
});

export const followUpThreadSchema = z.object({
  turns: z.array(threadTurn),
  /** Key points missed in the first answer but covered in a follow-up. */
  recovered: z.array(z.string()),
});
export type FollowUpThread = z.infer<typeof followUpThreadSchema>;

/** The LLM interviewer's server, as the judge's: whether it runs, and the key saved for that server only. */
export const interviewerStatusSchema = llmServerStatusSchema;
export type InterviewerStatus = z.infer<typeof interviewerStatusSchema>;

export const followUpCalls = {
  'followUps.thread': call(
    'A take with its follow-ups as one conversation: question, answer, follow-up, answer; no turns after the first when none was asked.',
    z.object({ takeId: id }).strict(),
    followUpThreadSchema,
  ),
  'followUps.generate': call(
    'Follow-up questions on what a scored take left out or claimed without evidence; none when it covered everything.',
    z.object({ takeId: id, count: z.number().int().min(1).max(2), seed: z.number().int().min(0).optional() }).strict(),
    z.object({
      followUps: z.array(followUpSchema),
      scored: z.boolean(),
      /** Set when the LLM interviewer was asked but failed and the built-in one asked instead: what went wrong. */
      note: apiErrorSchema.nullable(),
    }),
  ),
  'followUps.interviewer.status': call(
    'Whether the optional LLM interviewer is on, and what it needs; when off, the built-in interviewer asks.',
    noInput,
    interviewerStatusSchema,
  ),
  'followUps.interviewer.apiKey.set': call(
    "Store (or with null, forget) the API key for the LLM interviewer's server; each server keeps its own.",
    apiKeyInput,
    okOutput,
  ),
  'followUps.link': call(
    'Mark a recorded take as the answer to a follow-up of another take; it is scored against the probed points.',
    z.object({ takeId: id, parentTakeId: id, followUp: followUpSchema }).strict(),
    z.object({ ok: z.literal(true) }),
  ),
};

/** A follow-up as it was asked: with the clock the user saw, so a later change of the setting leaves its score alone. */
export const askedFollowUpSchema = followUpSchema.extend({ targetSeconds: z.number().int().positive() });
export type AskedFollowUp = z.infer<typeof askedFollowUpSchema>;
