import type { FC } from 'hono/jsx';
import type { FieldDiff } from '../../domain/revision.js';
import type { DiffSegment } from '../../domain/word-diff.js';

/** Unchanged text longer than this is shortened to its ends, so the changes stay in view. */
const LONG_EQUAL = 480;
const CONTEXT = 160;

/** An unchanged stretch: whole when short; otherwise its ends around a marked gap (the first and last keep only the side next to a change). */
const EqualText: FC<{ text: string; position: 'first' | 'middle' | 'last' | 'only' }> = ({ text, position }) => {
  if (text.length <= LONG_EQUAL || position === 'only') return <span class="diff-equal">{text}</span>;
  // Cut at spaces, so no word is shown in part.
  const head = position === 'first' ? '' : text.slice(0, CONTEXT).replace(/\S*$/, '');
  const tail = position === 'last' ? '' : text.slice(-CONTEXT).replace(/^\S*/, '');
  const hidden = text.length - head.length - tail.length;
  return (
    <span class="diff-equal">
      {head}
      <span class="diff-gap">[… {hidden.toLocaleString('en-GB')} unchanged characters …]</span>
      {tail}
    </span>
  );
};

/**
 * Word-level changes as a track-changes view: deleted words struck through
 * in red, inserted words underlined in green. Screen readers hear the
 * words "deleted" and "inserted" (colour alone carries no meaning).
 */
export const DiffSegments: FC<{ segments: readonly DiffSegment[] }> = ({ segments }) => (
  <div class="diff-text">
    {segments.map((s, index) => {
      if (s.op === 'delete') return <del class="diff-del"><span class="visually-hidden">[deleted: </span>{s.text}<span class="visually-hidden">]</span></del>;
      if (s.op === 'insert') return <ins class="diff-ins"><span class="visually-hidden">[inserted: </span>{s.text}<span class="visually-hidden">]</span></ins>;
      const position = segments.length === 1 ? 'only' : index === 0 ? 'first' : index === segments.length - 1 ? 'last' : 'middle';
      return <EqualText text={s.text} position={position} />;
    })}
  </div>
);

function counts(fields: readonly FieldDiff[]): { inserted: number; deleted: number } {
  const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  let inserted = 0;
  let deleted = 0;
  for (const field of fields) {
    for (const s of field.segments) {
      if (s.op === 'insert') inserted += words(s.text);
      if (s.op === 'delete') deleted += words(s.text);
    }
  }
  return { inserted, deleted };
}

/** Every changed field with its word diff; the unchanged ones named in one line. */
export const FieldDiffs: FC<{ fields: readonly FieldDiff[] }> = ({ fields }) => {
  const changed = fields.filter((f) => f.isChanged);
  const same = fields.filter((f) => !f.isChanged);
  const total = counts(changed);
  return (
    <div class="diff">
      <p class="diff-legend">
        <span><ins class="diff-ins">inserted</ins> {total.inserted} word{total.inserted === 1 ? '' : 's'}</span>
        <span><del class="diff-del">deleted</del> {total.deleted} word{total.deleted === 1 ? '' : 's'}</span>
        <span class="muted">{changed.length} field{changed.length === 1 ? '' : 's'} changed</span>
      </p>
      {changed.length === 0 ? <p class="panel">The two revisions have the same content.</p> : null}
      {changed.map((field) => (
        <section class="panel diff-field" aria-labelledby={`diff-${field.field}`}>
          <h2 class="panel-title" id={`diff-${field.field}`}>{field.label}</h2>
          {field.segments.length === 0 ? <p class="muted">(empty in both)</p> : <DiffSegments segments={field.segments} />}
        </section>
      ))}
      {same.length ? <p class="muted diff-same">Unchanged: {same.map((f) => f.label).join(', ')}.</p> : null}
    </div>
  );
};
