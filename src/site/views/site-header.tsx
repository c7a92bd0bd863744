import type { FC } from 'hono/jsx';
import type { SiteView } from '../site-view.js';
import { MegaMenu } from './mega-menu.js';

/** Masthead (logo or the institute's initials, name, tagline) and the main menu. */
export const SiteHeader: FC<{ site: SiteView }> = ({ site }) => {
  const { settings, mainMenu } = site.chrome;
  const isHome = site.path === '/';
  return (
    <header class="site-header">
      <div class="masthead container">
        <a class="brand" href="/" aria-current={isHome ? 'page' : undefined}>
          {settings.logoPath
            ? <img class="brand-logo" src={settings.logoPath} alt="" />
            : <span class="brand-mark" aria-hidden="true">{settings.shortName}</span>}
          <span class="brand-text">
            <span class="brand-name">{settings.name}</span>
            {settings.tagline ? <span class="brand-tagline">{settings.tagline}</span> : null}
          </span>
        </a>
        {settings.parentOrganisation ? <p class="parent-organisation">{settings.parentOrganisation}</p> : null}
      </div>
      {mainMenu.length > 0 ? <MegaMenu items={mainMenu} currentPath={site.path} /> : null}
    </header>
  );
};
