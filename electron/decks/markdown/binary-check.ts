// Text decoded from a binary file (an image, a .docx zip, a PDF) is full of NUL
// and other control characters or U+FFFD replacement characters; a guide has
// almost none. A small share is tolerated for stray bytes in copied text.
function isOdd(code: number): boolean {
  return (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 127 || code === 0xfffd;
}

export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const length = Math.min(text.length, 65_536);
  let odd = 0;
  for (let i = 0; i < length; i++) if (isOdd(text.charCodeAt(i))) odd += 1;
  return length > 0 && odd / length > 0.02;
}
