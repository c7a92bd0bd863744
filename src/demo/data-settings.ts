import type { UpdateSettingsInput } from '../actions/update-settings.js';

/**
 * The institute's identity as its own header and footer print it
 * (test/fixtures/rsis-ip24112-page.txt): name, tagline, address, the
 * "Connect with Us" handles and the copyright line.
 */
export const demoSettings = {
  name: 'S. Rajaratnam School of International Studies',
  shortName: 'RSIS',
  tagline: 'Think Tank and Graduate School · Ponder The Improbable Since 1966',
  parentOrganisation: 'Nanyang Technological University',
  addressLines: ['Nanyang Technological University', 'Block S4, Level B3', '50 Nanyang Avenue', 'Singapore 639798'],
  directionsUrl: '/about/getting-to-rsis',
  contactUrl: '/contact-us',
  // The handles in the fixture's order; the networks are the ones such handles belong to.
  socialLinks: [
    { network: 'Facebook', label: 'rsis.ntu', url: 'https://www.facebook.com/rsis.ntu' },
    { network: 'X', label: 'rsis_ntu', url: 'https://x.com/rsis_ntu' },
    { network: 'Instagram', label: 'rsisntu', url: 'https://www.instagram.com/rsisntu' },
    { network: 'YouTube', label: 'rsisvideocast', url: 'https://www.youtube.com/@rsisvideocast' },
    { network: 'LinkedIn', label: 'school/rsis-ntu', url: 'https://www.linkedin.com/school/rsis-ntu' },
    { network: 'Threads', label: 'rsis.sg', url: 'https://www.threads.net/@rsis.sg' },
    { network: 'Telegram', label: 'rsissg', url: 'https://t.me/rsissg' },
    { network: 'Spotify', label: 'RSIS', url: 'https://open.spotify.com/show/rsis' },
  ],
  // The footer's "Popular Links" are the 'footer' menu (data-menus.ts).
  footerLinks: [],
  legalLinks: [
    { label: 'Privacy Statement', url: '/privacy-statement' },
    { label: 'Terms of Use', url: '/terms-of-use' },
  ],
  copyrightHolder: 'S. Rajaratnam School of International Studies',
  accentColor: '#7a1a2e',
  logoPath: null,
  timeZone: 'Asia/Singapore',
} satisfies UpdateSettingsInput;
