/** Minimal logger so services can report without knowing where logs go. */
export interface Logger {
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (message, detail) => console.error(`[info] ${message}`, ...(detail === undefined ? [] : [detail])),
  warn: (message, detail) => console.error(`[warn] ${message}`, ...(detail === undefined ? [] : [detail])),
  error: (message, detail) => console.error(`[error] ${message}`, ...(detail === undefined ? [] : [detail])),
};

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
