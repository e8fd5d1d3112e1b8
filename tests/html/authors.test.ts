// An author is a person's or an organisation's name: what a byline element prints around the names
// (the date, the time, the story's age, a comment count, an "Edit" link) is left out, and an empty
// <link rel="author"> does not hide the byline printed in the page. Pages are made up here.
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/html/dom.js';
import { readPageMeta } from '../../src/html/metadata.js';
import { extractArticle } from '../../src/html/index.js';
import { authorName } from '../../src/text/byline.js';

const authorsOf = (body: string, head = '') => readPageMeta(parseDocument(`<html><head>${head}</head><body>${body}</body></html>`)).authors;

describe('bylines with a date, time or count after the names', () => {
  test.each([
    ['a date glued to the name', '<p class="byline"><span>by</span> <a href="/author/rk">Rosa Kemp</a><span class="bydate">3 Mar 2019</span><a class="bycount">412</a></p>', ['Rosa Kemp']],
    ['a weekday glued to the name', '<h3 class="byline">by Otto Brandt<br><span class="datetime">Friday, May 3, 2019</span></h3>', ['Otto Brandt']],
    ['an outlet, a date and a time', '<div class="byline"><span class="source">Harbour Radio</span> <span class="time">March 3, 2021, 9:12 AM</span></div>', ['Harbour Radio']],
    ['an age after a bullet', '<div class="byline"><a href="/u/1">Nell Avery</a> • 5h</div>', ['Nell Avery']],
    ['a date on the next line', '<div class="Byline">By <b>Ivo Marsh</b><br>June 2, 2016</div>', ['Ivo Marsh']],
    ['a wrapper with the date, comment count and an edit link', '<div class="wrap-byline"><span class="byline">By <a href="/writers/ada">Ada Quill</a></span> <span class="date">2 May 2020, 4:10 pm</span> <span class="comments"><a href="#c">7</a></span> <span class="edit"><a href="/edit">Edit</a></span></div>', ['Ada Quill']],
    ['a German byline with a category and a time', '<p class="byline author"><span class="author">Von <a rel="author" class="author url fn" href="/author/x">Lena Vogt</a></span> Rubrik: <a href="/r">Garten</a> 4. Mai 2022, 08:15 Uhr</p>', ['Lena Vogt']],
    ['co-authors in brackets', '<span itemprop="author" class="auteur"><a href="/j/a">Paul Marin</a> (avec Zoé Lenoir et Hugo Blanc)</span>', ['Paul Marin', 'Zoé Lenoir', 'Hugo Blanc']],
  ])('%s', (_, body, authors) => {
    expect(authorsOf(body)).toEqual(authors);
  });

  test('an empty <link rel="author"> in the head does not hide the printed byline', () => {
    const head = '<link rel="author" href="https://social.example/+someone">';
    expect(authorsOf('<div class="sig"><span class="pb-byline">By <a href="/people/ada">Ada Quill</a></span> <span class="pb-timestamp">May 2 at 4:10 PM</span></div>', head)).toEqual(['Ada Quill']);
  });

  test('the article meta of a whole page has no date or time for an author', () => {
    const html = '<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>'
      + '<div class="byline"><span class="source">Harbour Radio</span> <span class="time">March 3, 2021, 9:12 AM</span></div>'
      + '<p>The harbour reopened on Tuesday after two years of repairs, the port authority said in a statement.</p>'
      + '<p>Fishing boats returned to the quay within hours, and the first ferry is due next week.</p></article></body></html>';
    expect(extractArticle(html).meta.authors).toEqual(['Harbour Radio']);
  });
});

describe('authorName', () => {
  test.each([
    ['Rosa Kemp3 Mar 2019412', 'Rosa Kemp'],
    ['Nell Avery • 5h', 'Nell Avery'],
    ['Harbour Radio March 3', 'Harbour Radio'],
    ['Otto BrandtFriday', 'Otto Brandt'],
    ['4:10 pm 7 Edit', null],
    ['08:15 Uhr', null],
    ['9:12 AM', null],
    ['Theresa May', 'Theresa May'],
    ['Mike Friday', 'Mike Friday'],
    ['Staff Writer', null], // a job, not a name
    ['HNN Staff', 'HNN Staff'], // a newsroom's credit
    ['Oliver Brennan at Anfield', 'Oliver Brennan'],
    ['9to5Mac', '9to5Mac'],
  ])('%s → %s', (raw, name) => {
    expect(authorName(raw)).toBe(name);
  });
});
