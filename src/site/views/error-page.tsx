import type { FC } from 'hono/jsx';
import type { SiteView } from '../site-view.js';
import { HOME_CRUMB } from './breadcrumbs.js';
import { Layout } from './layout.js';

export interface ErrorPageProps {
  site: SiteView;
  status: number;
  /** A message a reader can act on (validation errors name the parameter). */
  message?: string;
}

const TITLES: Record<number, string> = {
  400: 'This address has a mistake in it',
  403: 'This page is not public',
  404: 'Page not found',
  500: 'Something went wrong on our side',
};

/** 404, 400 and 500 pages inside the site's chrome, with ways back in. */
export const ErrorPage: FC<ErrorPageProps> = ({ site, status, message }) => {
  const title = TITLES[status] ?? (status >= 500 ? TITLES[500] : 'This page cannot be shown') ?? '';
  return (
    <Layout site={site} title={title} breadcrumbs={[HOME_CRUMB, { label: title }]}>
      <div class="container error-page">
        <header class="page-header">
          <p class="kicker">Error {status}</p>
          <h1>{title}</h1>
        </header>
        <div class="prose">
          {status === 404
            ? <p>We could not find <code>{site.path}</code>. It may have moved, or the address may be mistyped.</p>
            : status >= 500
              ? <p>The page could not be shown just now. Please try again in a moment.</p>
              : <p>{message ?? 'The request could not be handled.'}</p>}
          <p>These may help:</p>
          <ul>
            <li><a href="/">Home page</a></li>
            <li><a href="/publications">All publications</a></li>
            <li><a href="/research">Research centres and programmes</a></li>
            <li><a href="/people">Staff profiles</a></li>
          </ul>
        </div>
      </div>
    </Layout>
  );
};
