// Patterns for the lines of a plain-text or markdown news file that are not body text.
// Each has the reason it exists and an example it is for. They are tried on one block (a run of
// lines between blank lines) whose markdown syntax is already blanked out.

/** "Related article: [Belarus Leader Accuses ...](#)" and the ways other sites write the same. */
export const RELATED_LINE =
  /^\s*(?:related(?: articles?| stories| story| coverage| content| links?)?|read more|read also|also read|see also|more on this story|recommended|further reading|watch|listen)\s*[:|\-–—]/i;

/** "Original url:", "Source:", "URL:" — a label for the link the text was saved from. */
export const SOURCE_LABEL = /^\s*(?:original\s+url|source\s+url|url|source|link|originally published at)\s*:\s*/i;

/** A bare web address, or one in <angle brackets> as markdown autolinks write it. */
export const URL_ONLY = /^\s*<?(https?:\/\/[^\s<>]+?)>?\s*$/i;

/** "By Tatiana Kalinovskaya for AFP", "By Jane Doe and John Roe, Reuters", "Author: ..." */
export const BYLINE = /^\s*(?:by|written by|words by|author|authors|reporting by)\s*:?\s+(\S.*)$/i;

/**
 * Photo captions and credits: a line that is, or ends with, a bold/italic credit ("**Stephanie Lecocq
 * / EPA / TASS**"), or starts with a caption label ("Photo: ...", "Image caption ...").
 */
export const CAPTION_LABEL =
  /^\s*(?:photo|photograph|image|picture|caption|credit|image caption|image copyright|media caption|pictured|illustration|video)\b\s*[:|\-–—]?/i;

/** Agencies and picture desks that appear in credits: "Reuters / Getty Images". */
export const CREDIT_WORDS =
  /\b(?:AFP|AP|EPA|TASS|Reuters|Getty(?: Images)?|Shutterstock|Alamy|PA(?: Images| Media)?|Xinhua|Anadolu|Sputnik|Bloomberg|Pool|Handout|Wikimedia|Flickr|Press Association|ANSA|Kyodo|Yonhap)\b/;

/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
export const ENDS_LIKE_SENTENCE = /[.!?:;,…]["'”’»)\]]*\s*$/;

/** A heading is a short single line; longer lines are paragraphs even without a full stop. */
export const HEADING_MAX_WORDS = 12;

/** The title is the first line when it is at most this many words (a lead paragraph is longer)... */
export const TITLE_MAX_WORDS = 30;
/** ...or this many when it ends like a sentence: lead paragraphs that fill one line are longer. */
export const TITLE_MAX_SENTENCE_WORDS = 20;

/**
 * What a page prints next to an author's name inside the byline element and is not part of it. Each
 * cuts the name where it starts:
 *   "James Akinaka • 8h"            a separator, then the story's age
 *   "Nathan Willis March 25, 2015"  a date: a month and a day
 *   "Jeff Foust Monday, November …" a weekday before a comma
 *   "Emily Burack 3:51 pm 11 Edit"  a time, a count, any number: names have no numbers
 */
export const AUTHOR_TAIL = new RegExp('(?:' + [
  String.raw`\s*[•·|]`, // separators between the name and the date, age or section
  String.raw`\s[–—]\s`, // a spaced dash: "Jane Doe — Updated ..."
  String.raw`\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d`, // "March 25"; "May" alone stays a name
  String.raw`\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,`, // "Monday, November 18"; "Mike Friday" stays
  String.raw`(?:^|\s+)\d[\d:./,-]*(?:[a-z]{1,2})?(?=\s|$)`, // a number: a date, a time, a count, an age ("8h"); "9to5Mac" stays
].map((p) => `(?:${p})`).join('|') + ').*$', 'u');

/**
 * A name glued to the date after it by markup with no space: "Lucas Nolan22 Dec 2016", "Jeff
 * FoustMonday". Group 1 is the name's last word; the date starts right after it.
 */
export const AUTHOR_GLUE = /(\p{Lu}\p{Ll}+)(?=\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|June|July|August|September|October|November|December)\b)/gu;

/**
 * A journalist's job printed after the names, never an author: "By Eleanor Hughes, Political
 * Correspondent", "By Jane Doe, Staff Writer". The job's last word is one of these (not "Staff" or
 * "Bureau": "HNN Staff" is the newsroom's credit).
 */
export const BYLINE_JOBS = new Set(['correspondent', 'correspondents', 'editor', 'editors', 'reporter', 'reporters', 'writer', 'writers',
  'columnist', 'contributor', 'producer', 'photographer', 'journalist', 'critic']);

/** Where the reporter filed from, after a name: "Oliver Brennan at Anfield", "Jane Doe in Kyiv". */
export const FILED_FROM = /\s+(?:in|at)\s+\p{Lu}.*$/u;

/** Words that are a byline's furniture, never an author: "Edit" (an editor's link), "Uhr" (German "o'clock"). */
export const NOT_AUTHOR_WORDS = new Set(['edit', 'uhr', 'share', 'comments', 'comment', 'updated', 'published', 'posted', 'am', 'pm']);

/** "(avec Damien Leloup et Morgane Tual)": co-authors in brackets after a "with". */
export const WITH_AUTHORS = /\(\s*(?:with|avec|mit|con|and|et|und|y)\s+([^)]*)\)/giu;
