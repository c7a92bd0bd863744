import { describe, expect, it } from 'vitest';
import { urlFromBase } from '../../src/import/pages/page-files.js';
import { unwrapArchiveUrl, urlInText } from '../../src/import/pages/read-page.js';
import { findDateIn, parseArchiveDate } from '../../src/import/text/archive-date.js';
import { parseBioLine } from '../../src/import/text/author-bio.js';
import { extractArticle } from '../../src/import/text/extract-article.js';
import { parseFigureLine } from '../../src/import/text/figure-lines.js';
import { textToLines } from '../../src/import/text/page-lines.js';
import { honorificOf, isPersonName, parseByline } from '../../src/import/text/person-names.js';
import { parseSeriesLabel } from '../../src/import/text/series-label.js';
import { isChromeLine, isGluedMenu } from '../../src/import/text/site-chrome.js';

describe('archive dates', () => {
  it.each([
    ['30 December 2024', '2024-12-30'], ['01 Nov 2024', '2024-11-01'], ['10 Dec 2020', '2020-12-10'], ['14/03/2017', '2017-03-14'],
    ['Last updated on 14/03/2017', '2017-03-14'], ['March 2015', '2015-03'], ['Sept 2019', '2019-09'], ['December 30, 2020', '2020-12-30'],
    ['3rd September 2012', '2012-09-03'], ['2024-12-30T10:00:00+08:00', '2024-12-30'], ['Published on: 24 May 2016', '2016-05-24'],
  ])('reads %s', (text, stored) => {
    expect(parseArchiveDate(text)).toBe(stored);
  });

  it.each(['31 February 2024', '14/13/2017', 'Policy Report', 'In March 2015 the ministers met in Jakarta to discuss the plan', '2024'])('refuses %s', (text) => {
    expect(parseArchiveDate(text)).toBeNull();
  });

  it('finds a date inside a short label line', () => {
    expect(findDateIn('Event Report | 12 November 2015')).toBe('2015-11-12');
    expect(findDateIn('Policy Report, March 2015')).toBe('2015-03');
  });
});

describe('bylines and names', () => {
  it('reads one to several names, with or without "By" and honorifics', () => {
    expect(parseByline('Sarah Soh')).toEqual(['Sarah Soh']);
    expect(parseByline('By Dr Tan Wei Ming and Sarah Soh')).toEqual(['Dr Tan Wei Ming', 'Sarah Soh']);
    expect(parseByline('Kwa Chong Guan, S. Nanthini and Muhammad Haziq bin Jani')).toEqual(['Kwa Chong Guan', 'S. Nanthini', 'Muhammad Haziq bin Jani']);
    expect(parseByline('Rapporteurs: Vikram Sethuraman and Lau Pei Shan')).toEqual(['Vikram Sethuraman', 'Lau Pei Shan']);
  });

  it('does not take labels, headings, dates or sentences for names', () => {
    for (const text of ['Policy Report', 'Relations with China', 'Conclusion', 'download pdf', 'EXECUTIVE SUMMARY', '30 December 2024',
      'Southeast Asia and ASEAN', 'The region has more influence than it believes.', 'Other Articles']) {
      expect(parseByline(text), text).toBeNull();
    }
    expect(isPersonName('Assoc Prof Daniel Ferreira Lim')).toBe(true);
  });

  it('separates the honorific from the name', () => {
    expect(honorificOf('Assoc Prof Farida Rahmawati')).toBe('Assoc Prof');
    expect(honorificOf('Dr. Tomasz Nowicki')).toBe('Dr');
    expect(honorificOf('Sarah Soh')).toBe('');
  });
});

describe('bio lines', () => {
  it('reads one author, and the two-author form', () => {
    expect(parseBioLine('Sarah Soh is Associate Research Fellow with the Regional Security Architecture Programme at the Institute of Defence and Strategic Studies (IDSS), S. Rajaratnam School of International Studies (RSIS).'))
      .toEqual({ subjects: [{ name: 'Sarah Soh', rank: 'Associate Research Fellow' }] });
    expect(parseBioLine('Isabelle Goh Wen Xin is a Senior Analyst and Ong Jia Hui an Associate Research Fellow with the Centre of Excellence for National Security (CENS), S. Rajaratnam School of International Studies (RSIS).'))
      .toEqual({ subjects: [{ name: 'Isabelle Goh Wen Xin', rank: 'Senior Analyst' }, { name: 'Ong Jia Hui', rank: 'Associate Research Fellow' }] });
  });

  it('does not take running text for a bio', () => {
    expect(parseBioLine('Japan is the United States’ closest partner in the region, and the alliance is the cornerstone of its security.')).toBeNull();
  });
});

describe('figure captions', () => {
  it('splits caption and credit, glued or spaced', () => {
    expect(parseFigureLine('In 2025, Japan should continue.Image from Prime Minister’s Office of Japan via Wikimedia Commons.'))
      .toEqual({ caption: 'In 2025, Japan should continue.', credit: 'Image from Prime Minister’s Office of Japan via Wikimedia Commons.' });
    expect(parseFigureLine('Vessels in the strait. Photo by Roslan Rahman/AFP.')).toEqual({ caption: 'Vessels in the strait.', credit: 'Photo by Roslan Rahman/AFP.' });
  });

  it('leaves sentences that merely mention an image alone', () => {
    expect(parseFigureLine('The image from the satellite showed new structures on the reef.')).toBeNull();
    expect(parseFigureLine('Source: Author’s compilation.')).toBeNull();
  });
});

describe('site chrome', () => {
  it('recognises menus printed with their items glued together', () => {
    expect(isGluedMenu('IntroductionBuilding the FoundationsWelcome MessageBoard of Governors')).toBe(true);
    expect(isGluedMenu('About RSISResearch ProgrammesGraduate EducationPublicationsEvents')).toBe(true);
    expect(isGluedMenu('McDonald’s and YouTube in the PhD Age')).toBe(false);
    expect(isChromeLine('rsis_ntu')).toBe(true);
    expect(isChromeLine('Relations with China')).toBe(false);
  });

  it('reads the labels that name the kind of item', () => {
    expect(parseSeriesLabel('RSIS Working Paper No. 248')).toEqual({ name: 'Working Papers', code: 'No. 248', unit: null });
    expect(parseSeriesLabel('CENS / Online')).toEqual({ name: 'Media Highlights', code: null, unit: 'CENS' });
    expect(parseSeriesLabel('NTS Alert AL13-01')).toEqual({ name: 'NTS Alert', code: 'AL13-01', unit: 'NTS Centre' });
  });
});

describe('source URLs', () => {
  it('reads a URL line, unwraps Wayback Machine addresses, and makes one from --base-url', () => {
    expect(urlInText('URL: https://www.rsis.edu.sg/x/\n\nTitle')).toBe('https://www.rsis.edu.sg/x/');
    expect(unwrapArchiveUrl('https://web.archive.org/web/20160314093512/http://www.rsis.edu.sg/rsis-publication/rsis/co15193-x/'))
      .toBe('http://www.rsis.edu.sg/rsis-publication/rsis/co15193-x/');
    const file = { path: '/mirror/rsis-publication/idss/ip24112-japans/index.html', relativePath: 'rsis-publication/idss/ip24112-japans/index.html', kind: 'html' as const };
    expect(urlFromBase('https://www.rsis.edu.sg', file)).toBe('https://www.rsis.edu.sg/rsis-publication/idss/ip24112-japans/');
    expect(urlFromBase('https://www.rsis.edu.sg/archive/', { ...file, relativePath: 'co17041.txt' })).toBe('https://www.rsis.edu.sg/archive/co17041/');
  });
});

describe('pages without their end', () => {
  it('imports a page cut off in its header as incomplete, with no text', () => {
    const article = extractArticle(textToLines('CO25001 | A Title Cut Short\nSarah Soh\n'));
    expect(article).toMatchObject({ code: 'CO25001', title: 'A Title Cut Short', authors: ['Sarah Soh'], isIncomplete: true, blocks: [] });
  });
});
