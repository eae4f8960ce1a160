import { startScriptedOpenAiServer } from './scripted-openai-server';

/**
 * 'ok' answers with `content`; 'malformed' with text that is not JSON; 'wrong-shape' with JSON that fits no
 * feature's schema; a number with that HTTP error; 'hang' never answers.
 */
export type ChatReply = 'ok' | 'malformed' | 'wrong-shape' | 401 | 429 | 500 | 'hang';

export interface ReceivedChat {
  model: string;
  messages: { role: string; content: string }[];
  responseFormat: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
  authorization: string | null;
}

/**
 * An OpenAI-compatible /chat/completions endpoint for tests, on 127.0.0.1.
 * Each request takes the next scripted reply ('ok' when none is left).
 */
export async function startScriptedChatServer(
  replies: ChatReply[],
  content: object | ((chat: ReceivedChat) => object),
) {
  const received: ReceivedChat[] = [];
  const server = await startScriptedOpenAiServer(replies, (reply, { req, body: raw, number }, res) => {
    const body = JSON.parse(raw.toString('utf8')) as {
      model: string;
      messages: ReceivedChat['messages'];
      response_format: ReceivedChat['responseFormat'];
    };
    const chat: ReceivedChat = {
      model: body.model,
      messages: body.messages,
      responseFormat: body.response_format,
      authorization: req.headers.authorization ?? null,
    };
    received.push(chat);
    const text =
      reply === 'malformed'
        ? '{"summary": "cut off'
        : JSON.stringify(
            reply === 'wrong-shape'
              ? { summary: 'no rubric' }
              : typeof content === 'function'
                ? content(chat)
                : content,
          );
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
