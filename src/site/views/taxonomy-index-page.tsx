import type { FC } from 'hono/jsx';
import type { TaxonomyIndex } from '../../actions/get-term-page.js';
import type { SiteView } from '../site-view.js';
import { HOME_CRUMB } from './breadcrumbs.js';
import { Layout } from './layout.js';

/** Every term of a taxonomy (themes, regions) with how many publications carry it. */
export const TaxonomyIndexPage: FC<{ site: SiteView; index: TaxonomyIndex }> = ({ site, index }) => {
  const { taxonomy, terms } = index;
  return (
    <Layout site={site} title={taxonomy.name} breadcrumbs={[HOME_CRUMB, { label: taxonomy.name }]}>
      <div class="container taxonomy-index">
        <header class="page-header"><h1>{taxonomy.name}</h1></header>
        {terms.length > 0 ? (
          <ul class="term-list">
            {terms.map(({ term, count }) => (
              <li class="term-card">
                <h2><a href={`/${taxonomy.path}/${term.slug}`}>{term.name}</a></h2>
                <p class="term-count">{count === 1 ? '1 publication' : `${count} publications`}</p>
                {term.description ? <p>{term.description}</p> : null}
              </li>
            ))}
          </ul>
        ) : <p class="empty-note">No {taxonomy.name.toLowerCase()} are listed yet.</p>}
      </div>
    </Layout>
  );
};
