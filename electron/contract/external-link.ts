// Links in a guide's Markdown (model answers, reports) are the guide author's,
// not ours: only web and mail links may leave the app, and only after the user
// agrees. Shared by the desktop shell and the browser-mode page.

/** https and mailto only, and never with a user name or password hidden in the address. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'mailto:') && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

/** The question asked before a link opens, with the full address so the user sees where it goes. */
export const openLinkQuestion = {
  message: 'Open this link in your browser?',
  detail: (url: string) => `${url}\n\nIt comes from an imported guide, not from Rehearse.`,
  confirm: 'Open in browser',
  cancel: 'Cancel',
} as const;
