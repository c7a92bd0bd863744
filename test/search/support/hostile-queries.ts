/** Queries that would break a search engine's syntax if they reached it unparsed. */
export const HOSTILE_QUERIES = [
  '"', '""', '"unclosed phrase', 'a"b"c', '(', ')', '((security', 'security)', 'NEAR(a b)', 'NEAR/3', 'a NEAR b',
  '*', 'secu*rity', '**', ':', 'title:japan', '{title}: japan', '^japan', 'a & b', 'a | b', '!a', '!!', '&|!', 'a <-> b', "'",
  "it's", "'japan':*", '\\', '\\"', 'a\\b', '-', '--', '- -japan', '-"', 'AND', 'OR', 'NOT', 'japan NOT china', 'japan OR',
  '\u0000', '\u202e', '🙂', 'ｉｐ２４１１２', 'x'.repeat(5000), 'a '.repeat(400), '" OR 1=1 --', "'; drop table publications; --",
];
