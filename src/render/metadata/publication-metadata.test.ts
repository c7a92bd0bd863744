import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../domain/site-settings.js';
import { renderHeadTags, type HeadTag } from './head-tags.js';
import { jsonLdScript, jsonLdText } from './json-ld.js';
import { publicationHeadTags, publicationJsonLd, scholarDate, type PublicationMetaInput } from './publication-metadata.js';
import { homeJsonLd, profileJsonLd } from './site-metadata.js';

const settings = {
  ...DEFAULT_SETTINGS,
  name: 'S. Rajaratnam School of International Studies',
  shortName: 'RSIS',
  socialLinks: [{ network: 'X', label: 'rsis_ntu', url: 'https://x.com/rsis_ntu' }],
};

function input(overrides: Partial<PublicationMetaInput['publication']> = {}, extra: Partial<PublicationMetaInput> = {}): PublicationMetaInput {
  return {
    baseUrl: 'https://www.example.org',
    settings,
    publication: {
      id: 'p1', title: 'Japan’s Foreign Policy Outlook in 2025', code: 'IP24112', slug: 'japans-foreign-policy-outlook-in-2025',
      date: '2024-12-30', synopsis: 'What will 2025 portend for Japan?',
      authors: [
        { personId: 'x', personSlug: 'sarah-soh', name: 'Sarah Soh' },
        { personId: null, personSlug: null, name: 'Outside Author' },
      ],
      publishedAt: '2024-12-30T02:00:00.000Z', updatedAt: '2025-01-02T03:04:05.000Z',
      ...overrides,
    },
    series: { name: 'IDSS Papers', slug: 'idss-papers' },
    terms: [{ name: 'Maritime Security', path: '/themes/maritime-security' }],
    imageUrl: '/files/demo/ip24112-figure.jpg',
    ...extra,
  };
}

const named = (tags: HeadTag[], key: string) =>
  tags.filter((t) => t.tag === 'meta' && ('name' in t ? t.name : t.property) === key).map((t) => (t.tag === 'meta' ? t.content : ''));

describe('publication head tags', () => {
  it('canonical, OpenGraph and Twitter with absolute URLs', () => {
    const tags = publicationHeadTags(input());
    const url = 'https://www.example.org/publications/idss-papers/ip24112-japans-foreign-policy-outlook-in-2025';
    expect(tags).toContainEqual({ tag: 'link', rel: 'canonical', href: url });
    expect(named(tags, 'og:url')).toEqual([url]);
    expect(named(tags, 'og:image')).toEqual(['https://www.example.org/files/demo/ip24112-figure.jpg']);
    expect(named(tags, 'twitter:card')).toEqual(['summary_large_image']);
    expect(named(tags, 'twitter:site')).toEqual(['@rsis_ntu']);
    expect(named(tags, 'article:author')).toEqual(['https://www.example.org/people/sarah-soh', 'Outside Author']);
  });

  it('Google Scholar: one citation_author per author in order, date, institution, code as number, no PDF until one exists', () => {
    const tags = publicationHeadTags(input());
    expect(named(tags, 'citation_title')).toEqual(['Japan’s Foreign Policy Outlook in 2025']);
    expect(named(tags, 'citation_author')).toEqual(['Sarah Soh', 'Outside Author']);
    expect(named(tags, 'citation_publication_date')).toEqual(['2024/12/30']);
    expect(named(tags, 'citation_technical_report_institution')).toEqual(['S. Rajaratnam School of International Studies']);
    expect(named(tags, 'citation_technical_report_number')).toEqual(['IP24112']);
    expect(named(tags, 'citation_pdf_url')).toEqual([]);
    const withPdf = publicationHeadTags(input({}, { pdfUrl: '/publications/idss-papers/ip24112.pdf' }));
    expect(named(withPdf, 'citation_pdf_url')).toEqual(['https://www.example.org/publications/idss-papers/ip24112.pdf']);
  });

  it('month-precision dates, no code, a DOI', () => {
    expect(scholarDate('2015-03')).toBe('2015/03');
    const tags = publicationHeadTags(input({ code: null, date: '2015-03', doi: '10.5555/x.1' }));
    expect(named(tags, 'citation_technical_report_number')).toEqual([]);
    expect(named(tags, 'citation_publication_date')).toEqual(['2015/03']);
    expect(named(tags, 'citation_doi')).toEqual(['10.5555/x.1']);
  });

  it('renders escaped attributes', () => {
    const html = renderHeadTags(publicationHeadTags(input({ title: '"Quotes" & <tags>' })));
    expect(html).toContain('<meta name="citation_title" content="&quot;Quotes&quot; &amp; &lt;tags&gt;">');
  });
});

describe('JSON-LD', () => {
  it('a Report with Person authors, publisher Organization, datePublished, isPartOf the series, and a BreadcrumbList', () => {
    const doc = JSON.parse(jsonLdText(publicationJsonLd(input({ doi: '10.5555/x.1' })))) as { '@context': string; '@graph': Record<string, unknown>[] };
    expect(doc['@context']).toBe('https://schema.org');
    const [report, crumbs] = doc['@graph'];
    expect(report).toMatchObject({
      '@type': 'Report',
      headline: 'Japan’s Foreign Policy Outlook in 2025',
      datePublished: '2024-12-30',
      reportNumber: 'IP24112',
      author: [
        { '@type': 'Person', name: 'Sarah Soh', url: 'https://www.example.org/people/sarah-soh' },
        { '@type': 'Person', name: 'Outside Author' },
      ],
      publisher: { '@type': 'Organization', name: 'S. Rajaratnam School of International Studies' },
      isPartOf: { '@type': 'CreativeWorkSeries', name: 'IDSS Papers', url: 'https://www.example.org/publications/idss-papers' },
      identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.5555/x.1' },
    });
    expect(crumbs).toMatchObject({ '@type': 'BreadcrumbList' });
    expect((crumbs?.itemListElement as { position: number; name: string }[]).map((c) => [c.position, c.name]))
      .toEqual([[1, 'Home'], [2, 'Publications'], [3, 'IDSS Papers'], [4, 'Japan’s Foreign Policy Outlook in 2025']]);
  });

  it('a value cannot end the script element', () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const html = jsonLdScript(publicationJsonLd(input({ title: hostile, synopsis: 'a & b \u2028' })));
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.endsWith('</script>')).toBe(true);
    expect(html).not.toContain('<!--');
    const json = html.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    const doc = JSON.parse(json) as { '@graph': { headline?: string; description?: string }[] };
    expect(doc['@graph'][0]?.headline).toBe(hostile);
    expect(doc['@graph'][0]?.description).toBe('a & b \u2028');
  });

  it('Organization and WebSite on the home page, Person on a profile', () => {
    const home = homeJsonLd('https://www.example.org', { ...settings, addressLines: ['50 Nanyang Avenue', 'Singapore 639798'], parentOrganisation: 'NTU' });
    expect(home['@graph']).toMatchObject([
      { '@type': 'Organization', name: settings.name, alternateName: 'RSIS', sameAs: ['https://x.com/rsis_ntu'], parentOrganization: { name: 'NTU' } },
      { '@type': 'WebSite', potentialAction: { '@type': 'SearchAction' } },
    ]);
    const profile = profileJsonLd({
      baseUrl: 'https://www.example.org', settings,
      person: { slug: 'sarah-soh', name: 'Sarah Soh', honorific: 'Dr', rank: 'Associate Research Fellow', photo: null, expertise: ['Japan'], links: [] },
      units: [{ name: 'Institute of Defence and Strategic Studies', slug: 'idss' }],
    });
    expect(profile['@graph']).toMatchObject([
      { '@type': 'Person', name: 'Sarah Soh', jobTitle: 'Associate Research Fellow', honorificPrefix: 'Dr', worksFor: { '@type': 'Organization' }, knowsAbout: ['Japan'] },
      { '@type': 'BreadcrumbList' },
    ]);
  });
});
