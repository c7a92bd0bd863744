import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/import/pages/read-page.js';
import { readSidecarUrl, readUrlMap, urlFromMap } from '../../src/import/pages/page-files.js';
import type { PageRecord } from '../../src/import/pages/page-record.js';
import { demoVocabulary } from './support/demo-vocabulary.js';

/**
 * The corpus: archived pages written in the shapes the institute's archive
 * holds (three site generations, text dumps and HTML, commentaries, papers,
 * reports, event reports, op-eds), each beside the record it must give.
 */
const DIR = join(import.meta.dirname, '../fixtures/import/pages');
const urls = readUrlMap(join(DIR, 'urls.tsv'));
const names = readdirSync(DIR).filter((n) => /\.(txt|html)$/.test(n)).sort();

function read(name: string): PageRecord {
  const file = { path: join(DIR, name), relativePath: name, kind: name.endsWith('.html') ? 'html' as const : 'text' as const };
  return readPage(readFileSync(file.path, 'utf8'), {
    file: name, kind: file.kind, givenUrl: urlFromMap(urls, file) ?? readSidecarUrl(file), vocabulary: demoVocabulary, defaultSeries: 'op-eds',
  }).record;
}

const records = new Map(names.map((name) => [name, read(name)]));
const get = (prefix: string): PageRecord => [...records].find(([name]) => name.startsWith(prefix))?.[1] as PageRecord;

describe('the page corpus', () => {
  it('has at least twelve pages, text dumps and HTML, each with its expected record', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
    expect(names.filter((n) => n.endsWith('.html')).length).toBeGreaterThanOrEqual(4);
    expect(names.filter((n) => n.endsWith('.txt')).length).toBeGreaterThanOrEqual(8);
  });

  it.each(names)('%s gives its expected record', (name) => {
    const expected = JSON.parse(readFileSync(join(DIR, name.replace(/\.(txt|html)$/, '.expected.json')), 'utf8')) as PageRecord;
    expect(records.get(name)).toEqual(expected);
  });

  it('leaves every menu, sidebar, footer, widget and label out of the text', () => {
    const chrome = ['IntroductionBuilding', 'download pdf', 'Download PDF', 'Popular Links', 'rsis_ntu', 'Help us improve', 'This site uses cookies',
      'Categories:', 'Copyright ©', 'Subscribe to RSIS', 'SYNOPSIS', 'COMMENTARY', 'Other Articles', 'Related Publications', 'Recommended citation',
      'Terms of use', 'References', 'https://www.rsis.edu.sg/', 'Alumni & Networks', 'Latest Publications', 'Skip to content'];
    for (const [name, record] of records) {
      const text = (record.body ?? '').replace(/^src: .*$/gm, '');
      for (const piece of chrome) expect(`${name}: ${text}`).not.toContain(piece);
      expect(record.body).not.toMatch(/\[\d+\]/);
    }
  });

  it('reads every date form to its precision', () => {
    expect(get('co17041').date).toBe('2017-02-24'); // 24 February 2017
    expect(get('co15193').date).toBe('2015-12-10'); // 10 Dec 2015
    expect(get('co18053').date).toBe('2018-04-01'); // 01 Apr 2018
    expect(get('cens-policy-report').date).toBe('2015-03'); // March 2015
    expect(get('media-highlight').date).toBe('2017-03-14'); // Last updated on 14/03/2017
    expect(get('co20210').date).toBe('2020-12-30'); // December 30, 2020
    expect(get('nts-alert').date).toBe('2013-01'); // January 2013
    expect(get('wp248').date).toBe('2012-09-03'); // <time> 3 September 2012
  });

  it('reads bylines with and without "By", one to three authors, and authors named only in the bio', () => {
    expect(get('co15193').authors).toEqual(['Assoc Prof Farida Rahmawati', 'Kenji Morikawa', 'Chen Li-Hua']);
    expect(get('co18053').authors).toEqual(['Dr Nurul Huda Zulkifli', 'Muhammad Faizal bin Abdul Rahman']);
    expect(get('wp248').authors).toEqual(['Dr Tomasz Nowicki', 'Priya Nandakumar', 'Daniel Kwan']);
    expect(get('media-highlight').authors).toEqual(['Isabelle Goh Wen Xin', 'Ong Jia Hui']);
    expect(get('event-report').authors).toEqual(['Vikram Sethuraman', 'Lau Pei Shan']);
  });

  it('keeps one copy of a doubled article and the fuller Categories line', () => {
    const record = get('co17041');
    expect(record.body?.match(/## The Attraction of Naval Signalling/g)).toHaveLength(1);
    expect(record.categories).toMatchObject({ series: ['RSIS Commentary Series'], theme: ['Maritime Security', 'Country and Region Studies'], region: ['Southeast Asia and ASEAN'] });
  });

  it('flags the page cut off part-way, and only that one', () => {
    expect([...records].filter(([, r]) => r.isIncomplete).map(([name]) => name)).toEqual(['co24150-cut-off.txt']);
    expect(get('co24150').body).toMatch(/rise in such cases, and the$/);
  });

  it('takes figures out of the text with their captions and credits', () => {
    expect(get('co17041').figures).toEqual([{ caption: 'Vessels transit the Singapore Strait, one of the busiest waterways in the world.', credit: 'Photo by Roslan Rahman/AFP.' }]);
    expect(get('ip21016').figures).toEqual([{ caption: 'Leaders at an ASEAN summit: the region wants partners who turn up.', credit: 'Image from ASEAN Secretariat.' }]);
    expect(get('ip21016').body).toContain('alt: Leaders at an ASEAN summit stand in a row with linked hands.\n');
  });

  it('splits categories into series, themes, regions and units, and marks unknown ones', () => {
    expect(get('co15193').categories).toEqual({
      series: ['RSIS Commentary Series'], theme: ['Multilateralism and Regionalism', 'Regional Integration'],
      region: ['Southeast Asia and ASEAN', 'Central Asia'], unit: ['Centre for Multilateralism Studies'],
    });
    expect(get('co15193').warnings).toContain('category "Central Asia" is not in the site\'s vocabularies; it will be created as a region term to review');
    expect(get('event-report').categories.series).toEqual(['Commemorative / Event Reports']);
  });

  it('finds the source URL in the page, a .url file, the URL list, or not at all', () => {
    expect(get('co17041').source).toBe('https://www.rsis.edu.sg/rsis-publication/rsis/co17041-sea-lanes-and-the-limits-of-naval-diplomacy/'); // URL: line
    expect(get('co15193').source).toBe('http://www.rsis.edu.sg/rsis-publication/rsis/co15193-asean-community-2015-what-changes-on-1-january/'); // Wayback, unwrapped
    expect(get('co18053').source).toMatch(/\/rsis-publication\/cens\/co18053-/); // page.txt.url
    expect(get('ip21016').source).toMatch(/\/ip21016-southeast-asia/); // canonical link
    expect(get('think-tank').source).toMatch(/\/rsis-event-article\//); // og:url
    expect(get('op-ed').source).toMatch(/\/staff-publication\//); // urls.tsv
    expect(get('co20210').source).toBe('co20210-lynx-wrapped.txt');
  });
});
