// Words are runs of letters or digits, joined by apostrophes, hyphens or digit-group marks
// ("Stalin's", "500,000" and "3.5" are one word each; "1924–29" is two), the same rule in the
// browser's live count and the server's stored count. As a regular expression the rule is
//   /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+|[.,](?=\p{N})\p{N}+)*/gu
// (tests/unit/word-count.test.ts checks the two agree); it is scanned by hand because every
// autosave counts the whole essay, and the Unicode-aware expression took a seventh of the save's
// time in the server's profile.

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const NUMBER = /^\p{N}$/u;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const FULL_STOP = 0x2e;
const COMMA = 0x2c;

// Character classes of code points above ASCII, looked up once each.
const wordLike = new Map<number, boolean>();
const numeric = new Map<number, boolean>();

function isWordCharacter(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  let known = wordLike.get(code);
  if (known === undefined) wordLike.set(code, (known = LETTER_OR_NUMBER.test(String.fromCodePoint(code))));
  return known;
}

function isNumber(code: number): boolean {
  if (code < 0x80) return code >= 0x30 && code <= 0x39;
  let known = numeric.get(code);
  if (known === undefined) numeric.set(code, (known = NUMBER.test(String.fromCodePoint(code))));
  return known;
}

const width = (code: number) => (code > 0xffff ? 2 : 1);

// The index just past the run of characters matching `accept` that starts at `index`.
function skipRun(text: string, index: number, accept: (code: number) => boolean): number {
  while (index < text.length) {
    const code = text.codePointAt(index)!;
    if (!accept(code)) break;
    index += width(code);
  }
  return index;
}

export function countWords(text: string): number {
  let count = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.codePointAt(index)!;
    if (!isWordCharacter(code)) {
      index += width(code);
      continue;
    }
    count++;
    index = skipRun(text, index, isWordCharacter);
    // Joined parts: a joiner followed by at least one more letter or digit (or digits, after a
    // full stop or comma) continues the word; anything else ends it.
    for (;;) {
      const joiner = text.charCodeAt(index);
      const next = index + 1 < text.length ? text.codePointAt(index + 1)! : -1;
      if (
        (joiner === APOSTROPHE || joiner === RIGHT_QUOTE || joiner === HYPHEN) &&
        next >= 0 &&
        isWordCharacter(next)
      ) {
        index = skipRun(text, index + 1, isWordCharacter);
      } else if ((joiner === FULL_STOP || joiner === COMMA) && next >= 0 && isNumber(next)) {
        index = skipRun(text, index + 1, isNumber);
      } else {
        break;
      }
    }
  }
  return count;
}
