import type { FC } from 'hono/jsx';
import type { PageView } from '../../actions/get-page.js';
import type { SiteView } from '../site-view.js';
import { HOME_CRUMB } from './breadcrumbs.js';
import { Layout } from './layout.js';
import { Prose } from './prose.js';

type TreePage = PageView['page'];

/**
 * The section navigation beside a page: its children when it has any
 * (it heads a section), else its siblings under their parent.
 */
function sectionOf(view: PageView): { title: TreePage | null; pages: TreePage[] } {
  if (view.children.length > 0) return { title: view.page, pages: view.children };
  const parent = view.ancestors[view.ancestors.length - 1] ?? null;
  return { title: parent, pages: parent ? view.siblings : [] };
}

/** A page of the page tree (About > Introduction ...), with breadcrumbs and the section's navigation. */
export const TreePageView: FC<{ site: SiteView; view: PageView }> = ({ site, view }) => {
  const { page, ancestors } = view;
  const section = sectionOf(view);
  const breadcrumbs = [HOME_CRUMB, ...ancestors.map((a) => ({ label: a.title, href: a.path })), { label: page.title }];
  return (
    <Layout site={site} title={page.title} description={page.summary || undefined} breadcrumbs={breadcrumbs}>
      <div class={section.pages.length > 0 ? 'container tree-layout has-aside' : 'container tree-layout'}>
        <article class="tree-page" aria-labelledby="page_title">
          <header class="page-header">
            <h1 id="page_title">{page.title}</h1>
            {page.summary ? <p class="page-summary">{page.summary}</p> : null}
          </header>
          <Prose html={page.bodyHtml} />
        </article>
        {section.pages.length > 0 ? (
          <nav class="side-nav section-nav" aria-label="In this section">
            {section.title ? <h2><a href={section.title.path} aria-current={section.title.id === page.id ? 'page' : undefined}>{section.title.title}</a></h2> : null}
            <ul>
              {section.pages.map((p) => <li><a href={p.path} aria-current={p.id === page.id ? 'page' : undefined}>{p.title}</a></li>)}
            </ul>
          </nav>
        ) : null}
      </div>
    </Layout>
  );
};
