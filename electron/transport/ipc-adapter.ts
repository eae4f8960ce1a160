import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { callChannel, callNames, type Result } from '@contract';
import { dispatch } from './dispatch';
import type { CallContext, Handlers } from './handlers';
import type { Logger } from '../logger';

type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;

/**
 * Serves every contract call over Electron IPC. Each message is checked to
 * come from our own renderer frame before its input is validated.
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrustedSender: (url: string | undefined) => boolean,
  logger: Logger,
  contextFor: (event: IpcMainInvokeEvent) => CallContext = () => ({}),
): () => void {
  for (const name of callNames) {
    ipcMain.handle(callChannel(name), (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event.senderFrame?.url)) {
        logger.warn(`refused ${name} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
        return Promise.resolve({ ok: false, error: { code: 'FORBIDDEN', detail: { reason: 'not-from-page' } } });
      }
      return dispatch(handlers, name, input, contextFor(event), logger);
    });
  }
  return () => callNames.forEach((name) => ipcMain.removeHandler(callChannel(name)));
}
