import type { Child, FC } from 'hono/jsx';
import type { SiteView } from '../site-view.js';
import { Breadcrumbs, type Crumb } from './breadcrumbs.js';
import { FeedAlternateLinks } from './discovery-head.js';
import { SiteFooter } from './site-footer.js';
import { SiteHeader } from './site-header.js';

export interface LayoutProps {
  site: SiteView;
  /** The page's own title; the institute's name is appended. */
  title: string;
  description?: string;
  /** Canonical path of the page, when it differs from the request path (pagination keeps its query). */
  canonicalPath?: string;
  breadcrumbs?: Crumb[];
  /** Open Graph type: `article` for publications. */
  ogType?: 'website' | 'article' | 'profile';
  /** More of the head: a page's metadata, JSON-LD and feeds (views/discovery-head.tsx). */
  head?: Child;
  children?: Child;
}

/** The document every public page shares: head, skip link, header, breadcrumbs, main, footer. */
export const Layout: FC<LayoutProps> = ({ site, title, description, canonicalPath, breadcrumbs, ogType, head, children }) => {
  const { settings } = site.chrome;
  const fullTitle = title === settings.name ? title : `${title} · ${settings.shortName || settings.name}`;
  const canonical = `${site.baseUrl}${canonicalPath ?? site.path}`;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {description ? <meta name="description" content={description} /> : null}
        <link rel="canonical" href={canonical} />
        <meta property="og:site_name" content={settings.name} />
        <meta property="og:title" content={title} />
        <meta property="og:type" content={ogType ?? 'website'} />
        <meta property="og:url" content={canonical} />
        {description ? <meta property="og:description" content={description} /> : null}
        <link rel="icon" href={site.assets.favicon} type="image/svg+xml" />
        <link rel="stylesheet" href={site.assets.siteCss} />
        <link rel="stylesheet" href={site.assets.themeCss} />
        <link rel="stylesheet" href={site.assets.printCss} media="print" />
        <script src={site.assets.menuJs} defer></script>
        <FeedAlternateLinks scope={{ kind: 'site' }} title={settings.name} />
        {head}
      </head>
      <body>
        <a class="skip-link" href="#main_content">Skip to main content</a>
        <SiteHeader site={site} />
        {breadcrumbs && breadcrumbs.length > 0 ? <Breadcrumbs items={breadcrumbs} /> : null}
        <main id="main_content" class="site-main" tabindex={-1}>
          {children}
        </main>
        <SiteFooter site={site} />
      </body>
    </html>
  );
};
