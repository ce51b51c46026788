// Words are runs of letters or digits, joined by apostrophes, hyphens or digit-group marks
// ("Stalin's", "500,000" and "3.5" are one word each; "1924–29" is two), the same rule in the
// browser's live count and the server's stored count.
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+|[.,](?=\p{N})\p{N}+)*/gu;

export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) count++;
  return count;
}
