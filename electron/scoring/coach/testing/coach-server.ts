import { startScriptedOpenAiServer } from '../../../testing/scripted-openai-server';

/** 'ok' answers with `content`; 'malformed' with text that is not JSON; a number with that HTTP error. */
export type CoachReply = 'ok' | 'malformed' | 'wrong-shape' | 401 | 429 | 500 | 'hang';

export interface ReceivedChat {
  model: string;
  messages: { role: string; content: string }[];
  responseFormat: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
  authorization: string | null;
}

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

/**
 * An OpenAI-compatible /chat/completions endpoint for tests, on 127.0.0.1.
 * Each request takes the next scripted reply ('ok' when none is left).
 */
export async function startCoachServer(replies: CoachReply[] = [], content: object = sampleAdvice) {
  const received: ReceivedChat[] = [];
  const server = await startScriptedOpenAiServer(replies, (reply, { req, body: raw, number }, res) => {
    const body = JSON.parse(raw.toString('utf8')) as {
      model: string;
      messages: ReceivedChat['messages'];
      response_format: ReceivedChat['responseFormat'];
    };
    received.push({
      model: body.model,
      messages: body.messages,
      responseFormat: body.response_format,
      authorization: req.headers.authorization ?? null,
    });
    const text =
      reply === 'malformed'
        ? '{"summary": "cut off'
        : JSON.stringify(reply === 'wrong-shape' ? { summary: 'no rubric' } : content);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id: `chatcmpl-${number}`,
        object: 'chat.completion',
        created: 0,
        model: body.model,
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: text, refusal: null } }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      }),
    );
  });
  return { ...server, received };
}
