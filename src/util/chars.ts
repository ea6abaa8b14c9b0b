// Character tests by UTF-16 code unit, for loops that read text one unit at a time.

/**
 * `/\s/.test(char)` without a regular expression or a one-character string: the scanners ask it of
 * every character, and most non-ASCII ones in news are curly quotation marks and dashes, not spaces.
 * JavaScript's white space: tab to carriage return, space, U+00A0, U+1680, U+2000–U+200A, U+2028,
 * U+2029, U+202F, U+205F, U+3000, U+FEFF.
 */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
