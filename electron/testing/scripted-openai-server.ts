import http from 'node:http';
import { listenOnLoopback } from './loopback-server';

/** What a scripted reply that is neither a hang nor an HTTP error leaves to the endpoint. */
export interface ScriptedRequest {
  req: http.IncomingMessage;
  body: Buffer;
  /** 1 for the first request the server received. */
  number: number;
}

/**
 * A stand-in for an OpenAI-compatible server, on 127.0.0.1. Each request takes
 * the next scripted reply ('ok' when none is left): 'hang' never answers, a
 * number answers with that HTTP error as OpenAI shapes it, anything else goes
 * to `answer`, the endpoint's own behaviour.
 */
export async function startScriptedOpenAiServer<Reply extends string | number>(
  replies: Reply[],
  answer: (
    reply: Exclude<Reply, number | 'hang'> | 'ok',
    request: ScriptedRequest,
    res: http.ServerResponse,
  ) => unknown,
) {
  const stats = { requests: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const number = ++stats.requests;
      const reply = replies.shift() ?? 'ok';
      if (reply === 'hang') return;
      if (typeof reply === 'number') {
        // retry-after-ms keeps the SDK's backoff short in tests.
        res.writeHead(reply, { 'content-type': 'application/json', 'retry-after-ms': '5' });
        res.end(JSON.stringify({ error: { message: `scripted ${reply}`, type: 'test' } }));
        return;
      }
      void Promise.resolve(
        answer(reply as Exclude<Reply, number | 'hang'>, { req, body: Buffer.concat(chunks), number }, res),
      ).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: String(error), type: 'test' } }));
      });
    });
  });
  const { origin, close } = await listenOnLoopback(server);
  return { baseUrl: `${origin}/v1`, replies, stats, close };
}
