import type { FC } from 'hono/jsx';
import type { SiteView } from '../site-view.js';

/** Popular links (the footer menu), social links, address and the legal line. */
export const SiteFooter: FC<{ site: SiteView }> = ({ site }) => {
  const { settings, footerMenu } = site.chrome;
  const popular = footerMenu.flatMap((item) => [item, ...item.children]).filter((item) => item.url !== null);
  const extra = settings.footerLinks;
  const place = settings.shortName || settings.name;
  return (
    <footer class="site-footer">
      <div class="footer-columns container">
        {popular.length + extra.length > 0 ? (
          <nav class="footer-column" aria-labelledby="footer_popular">
            <h2 id="footer_popular">Popular Links</h2>
            <ul>
              {popular.map((item) => <li><a href={item.url ?? undefined}>{item.label}</a></li>)}
              {extra.map((link) => <li><a href={link.url}>{link.label}</a></li>)}
            </ul>
          </nav>
        ) : null}
        {settings.socialLinks.length > 0 ? (
          <section class="footer-column" aria-labelledby="footer_connect">
            <h2 id="footer_connect">Connect with Us</h2>
            <ul class="social-links">
              {settings.socialLinks.map((link) => (
                <li>
                  <a href={link.url} rel="me noopener">
                    <span class="social-network">{link.network}</span> <span class="social-handle">{link.label}</span>
                  </a>
                </li>
              ))}
              <li><a href="/feeds/publications.rss" type="application/rss+xml"><span class="social-network">RSS</span> <span class="social-handle">Publications feed</span></a></li>
            </ul>
          </section>
        ) : null}
        {settings.addressLines.length > 0 || settings.directionsUrl || settings.contactUrl ? (
          <section class="footer-column" aria-labelledby="footer_address">
            <h2 id="footer_address">Getting to {place}</h2>
            {settings.addressLines.length > 0 ? (
              <address>
                {settings.addressLines.map((line, i) => <>{i > 0 ? <br /> : null}{line}</>)}
              </address>
            ) : null}
            {settings.directionsUrl || settings.contactUrl ? (
              <ul class="footer-actions">
                {settings.directionsUrl ? <li><a href={settings.directionsUrl}>Directions to {place}</a></li> : null}
                {settings.contactUrl ? <li><a href={settings.contactUrl}>Get in Touch</a></li> : null}
              </ul>
            ) : null}
          </section>
        ) : null}
      </div>
      <div class="footer-legal">
        <div class="container">
          <p>Copyright © {settings.copyrightHolder}. All rights reserved.</p>
          {settings.legalLinks.length > 0 ? (
            <nav aria-label="Legal">
              <ul>
                {settings.legalLinks.map((link) => <li><a href={link.url}>{link.label}</a></li>)}
              </ul>
            </nav>
          ) : null}
        </div>
      </div>
    </footer>
  );
};
