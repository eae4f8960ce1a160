// Browser mode's API calls carry a header that an HTML form or any other
// "simple" cross-site request cannot set, so such a request never reaches the
// API even if the browser attached the session cookie to it.
export const apiCallHeader = { name: 'X-Rehearse', value: '1' } as const;
