// The writer side of a recording in its own process, fed chunks over IPC, so a
// test can SIGKILL it mid-answer the way a crash would end the app.
// Only the recording pieces are loaded, not every service.
import { EventBus } from '@contract/event-bus';
import { appPaths } from '../../app-paths';
import { silentLogger } from '../../logger';
import { openDatabase } from '../../store/database';
import { TakeRepo } from '../take-repo';
import { RecordingService } from '../recording-service';

type Message =
  { type: 'start'; questionId: string } | { type: 'video' | 'audio'; takeId: string; seq: number; data: Uint8Array };

const paths = appPaths(process.argv[2]!);
const recording = new RecordingService({
  takes: new TakeRepo(openDatabase(paths.databaseFile)),
  recordingsDir: paths.recordingsDir,
  events: new EventBus(),
  logger: silentLogger,
});

process.on('message', (message: Message) => {
  void (async () => {
    if (message.type === 'start') {
      const take = await recording.start(message.questionId);
      process.send!({ type: 'started', takeId: take.id });
    } else {
      const append = message.type === 'video' ? recording.appendVideo : recording.appendAudio;
      await append.call(recording, message.takeId, message.seq, message.data);
      process.send!({ type: 'ack', stream: message.type, seq: message.seq });
    }
  })();
});
process.send!({ type: 'ready' });
