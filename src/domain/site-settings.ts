export interface SocialLink {
  network: string;
  /** The handle as printed, e.g. `rsis_ntu`. */
  label: string;
  url: string;
}

export interface FooterLink {
  label: string;
  url: string;
}

export interface SiteSettings {
  name: string;
  shortName: string;
  tagline: string;
  parentOrganisation: string;
  addressLines: string[];
  directionsUrl: string | null;
  contactUrl: string | null;
  socialLinks: SocialLink[];
  footerLinks: FooterLink[];
  legalLinks: FooterLink[];
  copyrightHolder: string;
  accentColor: string;
  logoPath: string | null;
  /** IANA zone the back office writes times in and schedules by default (`Asia/Singapore`). */
  timeZone: string;
}

export const DEFAULT_SETTINGS: SiteSettings = {
  name: 'Imprint',
  shortName: 'Imprint',
  tagline: '',
  parentOrganisation: '',
  addressLines: [],
  directionsUrl: null,
  contactUrl: null,
  socialLinks: [],
  footerLinks: [],
  legalLinks: [],
  copyrightHolder: 'Imprint',
  accentColor: '#8a1538',
  logoPath: null,
  timeZone: 'UTC',
};
