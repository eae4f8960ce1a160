// Kept free of Electron imports (types aside) so the policy runs under Vitest;
// security.ts wires it to dialog.showMessageBox and shell.openExternal.
import type { MessageBoxOptions } from 'electron';
import { isSafeExternalUrl, openLinkQuestion } from '@contract/external-link';

/** The confirm dialog: Cancel is the default, so Enter or Escape never opens a link. */
export function openLinkDialog(url: string): MessageBoxOptions {
  return {
    type: 'question',
    buttons: [openLinkQuestion.confirm, openLinkQuestion.cancel],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    message: openLinkQuestion.message,
    detail: openLinkQuestion.detail(url),
  };
}

/**
 * A link the page asked to open: anything but https or mailto is dropped
 * without asking; the rest open in the user's browser only if they agree.
 * Resolves to whether the link was opened.
 */
export async function openLinkAfterAsking(
  url: string,
  ask: (options: MessageBoxOptions) => Promise<{ response: number }>,
  open: (url: string) => Promise<void>,
): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  const { response } = await ask(openLinkDialog(url));
  if (response !== 0) return false;
  await open(url);
  return true;
}
