import type { CallName, CallOutput, ParsedInput } from '@contract';

export interface CallContext {
  /** Aborted when the caller goes away (window closed, HTTP client disconnected). */
  readonly signal?: AbortSignal;
  /**
   * Only the desktop app can print its own window to a PDF file; it returns
   * the saved path, or null when the user cancelled the save dialog.
   */
  readonly savePdf?: (fileName: string) => Promise<string | null>;
  /** Only the desktop app can show the system's file dialog; null when the user cancelled it. */
  readonly chooseModelFile?: () => Promise<string | null>;
}

export type Handler<N extends CallName> = (
  input: ParsedInput<N>,
  context: CallContext,
) => CallOutput<N> | Promise<CallOutput<N>>;

export type Handlers = { [N in CallName]: Handler<N> };

/** The handlers of one domain, e.g. `HandlersFor<'decks'>` for every `decks.*` call. */
export type HandlersFor<Prefix extends string> = {
  [N in Extract<CallName, `${Prefix}.${string}`>]: Handler<N>;
};
