import type { ActionContext } from '../actions/action-context.js';
import { getSiteChrome, type SiteChrome } from '../actions/get-site-chrome.js';
import { tags } from '../domain/change-tags.js';
import type { AssetFile, AssetName } from './asset-files.js';
import type { PageTags } from './page-tags.js';
import { themeCss } from './theme-css.js';

/** Versioned URLs of the site's stylesheets and script. */
export interface AssetLinks {
  siteCss: string;
  printCss: string;
  themeCss: string;
  menuJs: string;
  favicon: string;
  /** The search page's facets and typing-as-you-search script. */
  searchCss: string;
  searchJs: string;
  /** The Cite panel and its copy buttons. */
  citeCss: string;
  citeJs: string;
}

/** What every page's chrome needs: settings, menus, asset URLs and where the reader is. */
export interface SiteView {
  chrome: SiteChrome;
  assets: AssetLinks;
  /** The request path, to mark the current menu item. */
  path: string;
  baseUrl: string;
}

export interface SiteViewSource {
  assets: Map<AssetName, AssetFile>;
  baseUrl: string;
}

function assetUrl(assets: Map<AssetName, AssetFile>, name: AssetName): string {
  return `/assets/${name}?v=${assets.get(name)?.version ?? '0'}`;
}

/** Load the chrome for one page and tag the page with it. */
export async function loadSiteView(ctx: ActionContext, source: SiteViewSource, pageTags: PageTags, path: string): Promise<SiteView> {
  const chrome = await getSiteChrome(ctx);
  pageTags.add(tags.chrome);
  return {
    chrome,
    assets: {
      siteCss: assetUrl(source.assets, 'site.css'),
      printCss: assetUrl(source.assets, 'print.css'),
      themeCss: `/assets/theme.css?v=${themeCss(chrome.settings.accentColor).version}`,
      menuJs: assetUrl(source.assets, 'menu.js'),
      favicon: assetUrl(source.assets, 'favicon.svg'),
      searchCss: assetUrl(source.assets, 'search.css'),
      searchJs: assetUrl(source.assets, 'search.js'),
      citeCss: assetUrl(source.assets, 'cite.css'),
      citeJs: assetUrl(source.assets, 'cite.js'),
    },
    path,
    baseUrl: source.baseUrl,
  };
}
