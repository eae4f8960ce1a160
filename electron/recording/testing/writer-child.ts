// The writer side of a recording in its own process, fed chunks over IPC, so a
// test can SIGKILL it mid-answer the way a crash would end the app.
import { silentLogger } from '../../logger';
import { createServices } from '../../services';

type Message =
  { type: 'start'; questionId: string } | { type: 'video' | 'audio'; attemptId: string; seq: number; data: Uint8Array };

const services = createServices({ dataDir: process.argv[2]!, transport: 'web', version: 'test', logger: silentLogger });

process.on('message', (message: Message) => {
  void (async () => {
    if (message.type === 'start') {
      const attempt = await services.recording.start(message.questionId);
      process.send!({ type: 'started', attemptId: attempt.id });
    } else {
      const append = message.type === 'video' ? services.recording.appendVideo : services.recording.appendAudio;
      await append.call(services.recording, message.attemptId, message.seq, message.data);
      process.send!({ type: 'ack', stream: message.type, seq: message.seq });
    }
  })();
});
process.send!({ type: 'ready' });
