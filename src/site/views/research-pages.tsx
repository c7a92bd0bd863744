import type { FC } from 'hono/jsx';
import type { UnitPage as UnitData } from '../../actions/get-unit-page.js';
import type { ResearchIndex } from '../../actions/list-research-units.js';
import { unitLabel } from '../../domain/unit.js';
import type { SiteView } from '../site-view.js';
import { HOME_CRUMB, type Crumb } from './breadcrumbs.js';
import { FeedAlternateLinks, FeedSubscribe } from './discovery-head.js';
import { Layout } from './layout.js';
import { Pagination } from './pagination.js';
import { fullName } from './people-pages.js';
import { PublicationList, shorten } from './publication-list.js';
import { Prose } from './prose.js';

type UnitRecord = UnitData['unit'];

const RESEARCH_CRUMB: Crumb = { label: 'Research', href: '/research' };

export function activeYears(unit: Pick<UnitRecord, 'activeFrom' | 'activeTo'>): string | null {
  if (unit.activeFrom && unit.activeTo) return `${unit.activeFrom}–${unit.activeTo}`;
  if (unit.activeFrom) return `Since ${unit.activeFrom}`;
  if (unit.activeTo) return `Until ${unit.activeTo}`;
  return null;
}

/** The first sentences of a description, as plain text. */
function summaryOf(unit: UnitRecord): string {
  const text = unit.description.replace(/[*_`#>[\]]/g, '').replace(/\(([^)]*:\/\/|\/)[^)]*\)/g, '').split(/\n\s*\n/)[0] ?? '';
  return shorten(text.trim(), 200);
}

const UnitList: FC<{ units: UnitRecord[] }> = ({ units }) => (
  <ul class="unit-list">
    {units.map((unit) => {
      const years = activeYears(unit);
      return (
        <li class="unit-card">
          <h3><a href={`/research/${unit.slug}`}>{unitLabel(unit)}</a></h3>
          {years ? <p class="unit-years">{years}</p> : null}
          {unit.description ? <p>{summaryOf(unit)}</p> : null}
        </li>
      );
    })}
  </ul>
);

/** Research centres, programmes and other research, each in the institute's order. */
export const ResearchIndexPage: FC<{ site: SiteView; index: ResearchIndex }> = ({ site, index }) => {
  const sections = [
    { id: 'research_centres', label: 'Research Centres', units: index.centres },
    { id: 'research_programmes', label: 'Research Programmes', units: index.programmes },
    { id: 'research_other', label: 'Other Research', units: index.other },
  ].filter((s) => s.units.length > 0);
  return (
    <Layout site={site} title="Research" breadcrumbs={[HOME_CRUMB, { label: 'Research' }]}>
      <div class="container research-index">
        <header class="page-header"><h1>Research</h1></header>
        {sections.map((s) => (
          <section aria-labelledby={s.id}>
            <h2 id={s.id}>{s.label}</h2>
            <UnitList units={s.units} />
          </section>
        ))}
        {sections.length === 0 ? <p class="empty-note">No research units are listed yet.</p> : null}
      </div>
    </Layout>
  );
};

/** A centre or programme: description, place in the structure, series, people and publications. */
export const UnitPageView: FC<{ site: SiteView; data: UnitData }> = ({ site, data }) => {
  const { unit, parent, children, people, series, publications, reference } = data;
  const years = activeYears(unit);
  const breadcrumbs = [HOME_CRUMB, RESEARCH_CRUMB, ...(parent ? [{ label: parent.acronym || parent.name, href: `/research/${parent.slug}` }] : []), { label: unitLabel(unit) }];
  return (
    <Layout site={site} title={unitLabel(unit)} description={summaryOf(unit) || undefined} breadcrumbs={breadcrumbs}
      head={<FeedAlternateLinks scope={{ kind: 'unit', slug: unit.slug }} title={unit.name} />}>
      <div class="container unit-page">
        <header class="page-header">
          {parent ? <p class="kicker"><a href={`/research/${parent.slug}`}>{unitLabel(parent)}</a></p> : null}
          <h1>{unitLabel(unit)}</h1>
          {years ? <p class="unit-years">{years}</p> : null}
        </header>
        <div class="unit-layout">
          <div class="unit-main">
            {publications.page === 1 && unit.descriptionHtml ? <Prose html={unit.descriptionHtml} /> : null}
            <section aria-labelledby="unit_publications">
              <h2 id="unit_publications">Publications</h2>
              <FeedSubscribe scope={{ kind: 'unit', slug: unit.slug }} label={unit.acronym || unit.name} />
              <PublicationList items={publications.items} seriesById={reference.seriesById} headingLevel={3} />
              <Pagination page={publications.page} pageSize={publications.pageSize} total={publications.total} basePath={`/research/${unit.slug}`} />
            </section>
          </div>
          <aside class="unit-aside" aria-label={`About ${unit.acronym || unit.name}`}>
            {children.length > 0 ? (
              <section aria-labelledby="unit_children">
                <h2 id="unit_children">Programmes</h2>
                <ul class="link-list">{children.map((u) => <li><a href={`/research/${u.slug}`}>{unitLabel(u)}</a></li>)}</ul>
              </section>
            ) : null}
            {series.length > 0 ? (
              <section aria-labelledby="unit_series">
                <h2 id="unit_series">Publication series</h2>
                <ul class="link-list">{series.map((s) => <li><a href={`/publications/${s.slug}`}>{s.name}</a></li>)}</ul>
              </section>
            ) : null}
            {people.length > 0 ? (
              <section aria-labelledby="unit_people">
                <h2 id="unit_people">People</h2>
                <ul class="people-list">
                  {people.map((p) => (
                    <li><a href={`/people/${p.slug}`}>{fullName(p)}</a>{p.rank ? <span class="person-rank">{p.rank}</span> : null}</li>
                  ))}
                </ul>
              </section>
            ) : null}
          </aside>
        </div>
      </div>
    </Layout>
  );
};
