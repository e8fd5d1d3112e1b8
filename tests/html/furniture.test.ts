// What counts as furniture: class names (clean.ts) and whole extracted blocks (filter-blocks.ts).
import { describe, expect, test } from 'vitest';
import { classWords, furnitureVerdict, removeFurniture } from '../../src/html/clean.js';
import { isDateStamp, isFurnitureBlock, keepBlocks } from '../../src/html/filter-blocks.js';
import { parseDocument, type DomElement } from '../../src/html/dom.js';
import { findLede } from '../../src/html/lede.js';
import { wordCount } from '../../src/html/words.js';

const el = (html: string) => parseDocument(`<html><body>${html}</body></html>`).body!.children[0] as DomElement;

describe('class names', () => {
  test('split into words at dashes, underscores and camelCase', () => {
    expect(classWords('socialShare jp-relatedposts comment_list')).toEqual(['social', 'share', 'jp', 'relatedposts', 'comment', 'list']);
  });

  test.each([
    ['<div class="share-buttons"></div>', 'strong'],
    ['<section id="comments"></section>', 'strong'],
    ['<div class="ad-slot"></div>', 'strong'],
    ['<div class="cuerpo-ad"></div>', null], // "ad" counts only at the start: Spanish "cuerpo" is the body
    ['<div class="shareholders"></div>', null], // whole words only
    ['<div class="article-body has-sidebar"></div>', null], // a modifier, and the article body itself
    ['<div class="docked-sharebar-content-container"></div>', null],
    ['<article class="hentry author-jane-doe"></article>', null],
    ['<div class="social-media-embed"></div>', null], // an embedded post is content
    ['<div class="post-meta"></div>', 'weak'],
    ['<nav></nav>', 'strong'],
    ['<div role="navigation"></div>', 'strong'],
    ['<div style="display:none"></div>', 'strong'],
  ])('%s → %s', (html, verdict) => {
    expect(furnitureVerdict(el(html))).toBe(verdict);
  });

  test('a wrapper holding most of the page stays, whatever its class says', () => {
    const doc = parseDocument(`<html><body><div class="page with-sidebar sidebar-layout"><p>${'Long article text. '.repeat(50)}</p></div><div class="sidebar">Popular now</div></body></html>`);
    removeFurniture(doc.body!);
    expect(doc.body!.textContent).toContain('Long article text.');
    expect(doc.body!.textContent).not.toContain('Popular now');
  });
});

describe('blocks', () => {
  test.each([
    'Share this article',
    'Advertisement',
    'ANZEIGE - Heute mal ausgehen?',
    '© 2020 The Moscow Times. All rights reserved.',
    'Read more: Belarus Leader Accuses Opposition of Trying to Seize Power',
    'LE PUEDE INTERESAR: La ficha de Juan Orlando Hernández',
    'Lesen Sie auch die folgenden Beiträge:',
    'À lire aussi » Ballonnements, lourdeurs',
    'Never miss the latest news by signing up to our newsletter today!',
    'For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.',
    'Tags: Belarus, Protests',
    '(crédito: Minervino Júnior/CB/D.A Press)',
    'Son tres los periodos de vacaciones durante el año escolar. Foto: Andina',
    'This post may contain affiliate links. Please see my disclosure page.',
    '>> Wegen Corona: Lokal muss schließen <<',
  ])('furniture: %s', (text) => {
    expect(isFurnitureBlock(text)).toBe(true);
  });

  test.each([
    'European leaders urged Russian President Vladimir Putin to push for dialogue in neighbouring Belarus on Tuesday.',
    'Related questions came up at the hearing, and the minister said she would answer them in writing next week.',
    'Subscribers to the utility will see their bills rise by 4 percent from January, the regulator said on Monday in a long statement about costs.',
  ])('article text: %s', (text) => {
    expect(isFurnitureBlock(text)).toBe(false);
  });

  test('a block that is nearly all link text is a link to elsewhere', () => {
    expect(isFurnitureBlock('Patti Smith and Stewart Copeland join the choir', 0.9)).toBe(true);
    expect(isFurnitureBlock('Patti Smith and Stewart Copeland join the choir', 0.2)).toBe(false);
  });

  test.each([
    ['Aktualisiert: 11.04.2020, 10:27', true],
    ['Publiziert: 03.04.2020', true],
    ['Publicado el 3 de mayo de 2021 - 10:15 hs', true],
    ['Updated Aug. 18, 2020 at 4:15 pm', true],
    ['5 min read', false],
    ['In 2020 the city grew.', false],
  ])('date stamp: %s → %s', (text, expected) => {
    expect(isDateStamp(text)).toBe(expected);
  });

  test('the title, byline and date said in the header lines are not repeated; trailing labels go', () => {
    const kept = keepBlocks([
      { kind: 'heading', text: 'Harbour reopens' },
      { kind: 'paragraph', text: 'By Ana Silva' },
      { kind: 'paragraph', text: 'August 18, 2020' },
      { kind: 'paragraph', text: 'The harbour reopened on Monday after three weeks of repairs.' },
      { kind: 'paragraph', text: 'The harbour reopened on Monday after three weeks of repairs.' },
      { kind: 'heading', text: 'More from Coast News' },
    ], { title: 'Harbour reopens', byline: 'By Ana Silva', authors: ['Ana Silva'] });
    expect(kept.map((b) => b.text)).toEqual(['The harbour reopened on Monday after three weeks of repairs.']);
  });
});

describe('the standfirst', () => {
  test('a visible element that starts like the description is the standfirst', () => {
    const doc = parseDocument(`<html><head><meta name="description" content="The premier must ask for an extension, the court ruled on Friday in a case brought by…"></head>
      <body><aside><p>The premier must ask for an extension, the court ruled on Friday in a case brought by MPs.</p></aside>
      <header><h1>Court rules</h1><p class="teaser">The premier must ask for an extension, the court ruled on Friday in a case brought by MPs.</p></header></body></html>`);
    expect(findLede(doc)).toBe('The premier must ask for an extension, the court ruled on Friday in a case brought by MPs.');
  });

  test('no standfirst when the description is not on the page', () => {
    const doc = parseDocument('<html><head><meta name="description" content="News, sport and weather from the coast, every day of the week."></head><body><p>Text.</p></body></html>');
    expect(findLede(doc)).toBeNull();
  });
});

test('words count in scripts without spaces', () => {
  expect(wordCount('Hello big world')).toBe(3);
  expect(wordCount('出国读研之前')).toBe(3);
});
