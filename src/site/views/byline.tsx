import type { FC } from 'hono/jsx';
import type { PublicationAuthor } from '../../domain/publication.js';

/** Authors of the institute link to their profiles; outside names are plain text. */
export const AuthorName: FC<{ author: PublicationAuthor }> = ({ author }) =>
  author.personSlug ? <a href={`/people/${author.personSlug}`}>{author.name}</a> : <>{author.name}</>;

/** One line per author, as the institute prints them under the title (no "By"). */
export const BylineList: FC<{ authors: PublicationAuthor[] }> = ({ authors }) => (
  <ul class="byline" aria-label={authors.length > 1 ? 'Authors' : 'Author'}>
    {authors.map((author) => <li><AuthorName author={author} /></li>)}
  </ul>
);

/** Authors on one line for listings: "A, B and C". */
export const InlineAuthors: FC<{ authors: PublicationAuthor[] }> = ({ authors }) => (
  <span class="authors">
    {authors.map((author, i) => (
      <>
        {i === 0 ? null : i === authors.length - 1 ? ' and ' : ', '}
        <AuthorName author={author} />
      </>
    ))}
  </span>
);
