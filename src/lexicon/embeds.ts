// How a page's text shows posts embedded from social media: the post's words, a link, then a
// sign-off with the author's name and handle. Read as verbatim speech by its author.
//
//   Damage is unprecedented. pic.twitter.com/W0IkInjjSH — BC Hydro (@bchydro) December 22, 2018

/** Links that close an embedded post's words: "pic.twitter.com/...", "https://t.co/...". */
export const EMBED_LINK = {
  reason: 'a post\'s attached picture or shortened link comes after its words and is no part of them',
  pattern: /(?:^|[^\p{L}])(?:pic\.twitter\.com|t\.co\/|https?:\/\/)|pic\.twitter\.com/iu,
};

/** Is this token a link inside an embedded post ("https://t.co/oI5iCg4bU3", "#BCStormpic.twitter.com")? */
export const isEmbedLink = (token: string): boolean => EMBED_LINK.pattern.test(token);

/** The mark that opens a handle in a sign-off: "(@bchydro)". */
export const isHandleMark = (token: string): boolean => token === '@' || /^@\w+$/.test(token);
