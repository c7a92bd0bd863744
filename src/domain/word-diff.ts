/**
 * Word-level diff for revision history. Text is compared line by line first
 * (Myers' O(ND) algorithm, "An O(ND) Difference Algorithm and Its
 * Variations", 1986), then each changed block of lines word by word, so a
 * long body with a few edits costs little and reads like a track-changes view.
 */
export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffSegment {
  op: DiffOp;
  text: string;
}

/** Beyond this many edits a block is shown as replaced whole: cost stays bounded. */
const MAX_EDITS = 2000;

/** Words (with inner apostrophes), runs of whitespace, single other characters. */
export function tokenizeWords(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu) ?? [];
}

function tokenizeLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

interface Edit {
  op: DiffOp;
  token: string;
}

/**
 * Shortest edit script between two token lists, or null when it needs more
 * than `maxEdits` insertions and deletions. Each step keeps only the part of
 * the V array it used (diagonals -d..d), so memory grows with the edits made,
 * not with the length of the text.
 */
function myers(a: readonly string[], b: readonly string[], maxEdits: number): Edit[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return null;

  const edits: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = found; d >= 0; d--) {
    const saved = trace[d] ?? new Int32Array(0);
    const at = (k: number) => saved[k + d + 1] ?? 0;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      edits.push({ op: 'equal', token: a[x - 1] ?? '' });
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) edits.push({ op: 'insert', token: b[prevY] ?? '' });
      else edits.push({ op: 'delete', token: a[prevX] ?? '' });
    }
    x = prevX;
    y = prevY;
  }
  return edits.reverse();
}

/** Diff two token lists: shared ends are cut off first, the middle goes to Myers. */
function diffTokens(a: readonly string[], b: readonly string[]): Edit[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const middle = myers(midA, midB, MAX_EDITS)
    ?? [...midA.map((token): Edit => ({ op: 'delete', token })), ...midB.map((token): Edit => ({ op: 'insert', token }))];
  return [
    ...a.slice(0, start).map((token): Edit => ({ op: 'equal', token })),
    ...middle,
    ...a.slice(endA).map((token): Edit => ({ op: 'equal', token })),
  ];
}

function toSegments(edits: readonly Edit[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const edit of edits) {
    const last = out[out.length - 1];
    if (last && last.op === edit.op) last.text += edit.token;
    else out.push({ op: edit.op, text: edit.token });
  }
  return out;
}

/**
 * Readers follow "deleted phrase, inserted phrase" better than words
 * interleaved with the single spaces they share: whitespace-only equal runs
 * between two changes are folded into the change, and each change run is
 * written as one deletion followed by one insertion.
 */
function groupChanges(segments: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) out.push({ op: 'delete', text: deleted });
    if (inserted) out.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  segments.forEach((segment, index) => {
    const isBetweenChanges = segment.op === 'equal' && /^\s+$/.test(segment.text) && !segment.text.includes('\n')
      && (deleted || inserted) && segments[index + 1] !== undefined;
    if (segment.op === 'delete') deleted += segment.text;
    else if (segment.op === 'insert') inserted += segment.text;
    else if (isBetweenChanges) {
      deleted += segment.text;
      inserted += segment.text;
    } else {
      flush();
      out.push({ ...segment });
    }
  });
  flush();
  return out.filter((s) => s.text !== '');
}

/** Word-level diff of two short texts. */
export function diffWords(before: string, after: string): DiffSegment[] {
  return groupChanges(toSegments(diffTokens(tokenizeWords(before), tokenizeWords(after))));
}

/**
 * Diff of two texts of any length: lines first, then words inside each
 * block of changed lines. Concatenating the equal and delete segments gives
 * `before`; the equal and insert segments give `after`.
 */
export function diffText(before: string, after: string): DiffSegment[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : [];
  const lines = diffTokens(tokenizeLines(before), tokenizeLines(after));
  const segments: DiffSegment[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted || inserted) segments.push(...toSegments(diffTokens(tokenizeWords(deleted), tokenizeWords(inserted))));
    deleted = '';
    inserted = '';
  };
  for (const edit of lines) {
    if (edit.op === 'delete') deleted += edit.token;
    else if (edit.op === 'insert') inserted += edit.token;
    else {
      flush();
      segments.push({ op: 'equal', text: edit.token });
    }
  }
  flush();
  return groupChanges(toSegments(segments.map((s) => ({ op: s.op, token: s.text }))));
}

/** The two texts a diff was made from: a check for callers and tests. */
export function sidesOf(segments: readonly DiffSegment[]): { before: string; after: string } {
  return {
    before: segments.filter((s) => s.op !== 'insert').map((s) => s.text).join(''),
    after: segments.filter((s) => s.op !== 'delete').map((s) => s.text).join(''),
  };
}
