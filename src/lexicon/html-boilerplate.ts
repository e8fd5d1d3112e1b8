// What on a news web page is not the article. Used by src/html/clean.ts before and after the main
// block is chosen, so furniture that Readability keeps (a share bar inside <article>, a "related"
// list under the last paragraph) still goes. Each entry says why it is here and what it catches.

/**
 * Tags that never hold article text. `<form>` is not here: ASP.NET sites wrap the whole page in one.
 * `<header>`/`<footer>` are handled by size in clean.ts (an article's own header holds its title).
 */
export const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', // code and styling, never text
  'iframe', 'object', 'embed', 'video', 'audio', 'canvas', 'svg', 'map', // embedded media and players
  'button', 'input', 'select', 'textarea', 'option', 'label', // form controls: "Subscribe", "Search"
  'nav', // site and section menus
  'aside', // pull quotes, fact boxes, "related" columns: trafilatura's annotators leave them out
  'dialog', // cookie and newsletter pop-ups
]);

/** ARIA landmark roles of page furniture: role="navigation" on a <div> menu, role="complementary" sidebar. */
export const DROP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert', 'alertdialog']);

/**
 * Words in class and id names (split at "-", "_", camelCase and spaces) that mark furniture.
 * Matched as whole words, so "share-bar" and "socialShare" hit "share" but "shareholders" does not.
 */
export const BOILERPLATE_WORDS: Record<string, string> = {
  share: 'share bars: class="share-buttons", "article-share"',
  sharing: 'class="sharing-tools"',
  sharebar: 'class="sharebar"',
  sharetools: 'id="sharetools"',
  social: 'social-media buttons and follow boxes',
  related: '"related articles" lists: class="related-posts"',
  relatedposts: 'class="relatedposts"',
  recommended: 'class="recommended-stories"',
  recommendations: 'class="recommendations"',
  trending: 'class="trending-now"',
  popular: 'class="most-popular"',
  mostread: 'class="mostread"',
  newsletter: 'newsletter sign-up boxes',
  subscribe: 'class="subscribe-box"',
  subscription: 'class="subscription-promo"',
  signup: 'class="signup-form"',
  comment: 'reader comments: id="comment-1234", class="comment-list"',
  comments: 'id="comments"',
  disqus: 'id="disqus_thread"',
  respond: 'WordPress comment form: id="respond"',
  replies: 'comment replies',
  cookie: 'cookie banners: id="cookie-notice"',
  cookies: 'class="cookies-banner"',
  consent: 'class="consent-banner"',
  gdpr: 'class="gdpr-popup"',
  breadcrumb: 'class="breadcrumb"',
  breadcrumbs: 'class="breadcrumbs"',
  navbar: 'class="navbar"',
  nav: 'class="main-nav"',
  navigation: 'class="site-navigation"',
  menu: 'class="menu-item"',
  sidebar: 'class="sidebar"',
  promo: 'house ads: class="promo-box"',
  advert: 'class="advert"',
  advertisement: 'class="advertisement"',
  ad: 'class="ad ad-slot"',
  ads: 'class="ads"',
  adsense: 'class="adsense"',
  adslot: 'class="adslot"',
  dfp: 'Google ad slots: class="dfp-ad"',
  sponsored: 'class="sponsored-content"',
  outbrain: 'Outbrain recommendation widgets',
  taboola: 'Taboola recommendation widgets',
  tags: 'tag lists under the article: class="article-tags"',
  tagcloud: 'class="tagcloud"',
  pagination: 'previous/next links',
  pager: 'class="pager"',
  prevnext: 'class="prev-next"',
  print: 'print/email tool links: class="print-link"',
  toolbar: 'class="article-toolbar"',
  tools: 'class="article-tools"',
  byline: 'bylines are read into metadata before cleaning: class="byline"',
  author: 'author boxes and bios: class="author-bio"',
  bio: 'class="bio"',
  meta: 'date/author/category lines: class="post-meta", "entry-meta"',
  timestamp: 'class="timestamp"',
  credit: 'class="image-credit"',
  copyright: 'class="copyright"',
  skip: 'skip links: class="skip-link"',
  modal: 'pop-ups: class="modal"',
  popup: 'class="popup"',
  overlay: 'class="overlay"',
  banner: 'class="banner"',
  masthead: 'site header: class="masthead"',
  paywall: 'paywall prompts: class="paywall"',
  login: 'class="login-box"',
  screenreader: 'class="screenreader-text": "Skip to content"',
  visually: 'class="visually-hidden": not shown to readers',
  rating: 'star ratings',
  newsletters: 'class="newsletters"',
  more: 'class="more-stories", "read-more" (with "stories"/"from" the word alone is furniture)',
  footer: 'class="site-footer"',
  header: 'class="site-header": the article header was read into metadata before cleaning',
  topics: 'class="article-topics": topic link lists',
  categories: 'class="post-categories"',
  sharedaddy: 'Jetpack share buttons: class="sharedaddy"',
  addthis: 'AddThis share buttons',
};

/**
 * Words that also name parts of the article itself, so they only drop a small element (see
 * clean.ts): class="article-header" may hold the standfirst, class="more" a whole "more" section.
 */
export const WEAK_WORDS = new Set(['more', 'tools', 'meta', 'header', 'footer', 'tags', 'print', 'bio', 'author', 'banner', 'overlay', 'modal', 'menu']);

/**
 * Class names that describe a modifier of the element, not what it is: "with-sidebar-right",
 * "has-share-bar", "no-comments", "docked-sharebar-content-container" are all on article wrappers.
 */
export const MODIFIER_PREFIX = /^(?:has|with|without|no|is|show|enable|enabled|docked|sticky|js|u)-/;

/**
 * Short words that mark furniture only at the start of a class name: "ad-slot", "ads" but not
 * "cuerpo-ad" (Spanish "body") or "c-ad-section" wrappers whose meaning is unclear.
 */
export const START_ONLY = new Set(['ad', 'ads', 'dfp']);

/**
 * Words of wrappers around the article ("main-white page-block-container and-w-sidebar",
 * id="page-content"): an element so named that holds a fair share of the page is not furniture,
 * whatever other words its class has.
 */
export const CONTAINER_WORDS = new Set(['article', 'body', 'content', 'main', 'story', 'entry', 'post', 'text']);

/**
 * Words of content embedded in the article: class="social-media-embed" around a quoted tweet is
 * part of the story, though "social" also names share buttons.
 */
export const EMBED_WORDS = new Set(['embed', 'embedded', 'tweet', 'twitter-tweet', 'blockquote', 'quote', 'pullquote']);

/**
 * Inline elements are words of a sentence: `<a class="meta-org">Yahoo</a>’s sale` must keep "Yahoo".
 * Their class removes them only when it says they are not shown or are an ad.
 */
export const INLINE_TAGS = new Set(['a', 'span', 'b', 'strong', 'em', 'i', 'u', 'abbr', 'cite', 'q', 'mark', 'small', 'sup', 'sub', 'time', 'font', 'code']);
export const INLINE_DROP_WORDS = new Set(['visually', 'screenreader', 'sr', 'hidden', 'ad', 'ads', 'advert', 'advertisement', 'share', 'sharing', 'social']);

/** Words that keep an element whatever else its class says: class="article-body share-enabled". */
export const CONTENT_WORDS = new Set([
  'articlebody', 'article-body', 'storybody', 'story-body', 'entry-content', 'post-content', 'post-body',
  'article-content', 'story-content', 'main-content', 'articletext', 'article-text', 'content-body', 'body-text',
]);

/**
 * Whole blocks of text that are furniture wherever they appear: share prompts, ad labels, newsletter
 * calls, copyright lines. Tried on one extracted block (whitespace collapsed); a match drops it.
 */
export const BOILERPLATE_BLOCKS: RegExp[] = [
  /^(?:advertisement|advertising|anzeige|werbung|publicidad|publicité|reklama|sponsored|ad)$/i, // ad slot labels
  /^(?:anzeige|werbung|publicidad|advertisement)\s*[-:–—]/i, // "ANZEIGE - Heute mal ausgehen?"
  /^(?:share|share this|share this (?:article|story|post)|teilen|compartir|partager|udostępnij)\b.{0,60}$/i, // share bars
  /^(?:follow us|folgen sie uns|síguenos|siga-nos|nos siga|suivez-nous|obserwuj)\b.{0,80}$/i, // "Follow us on Twitter"
  /^(?:sign up|subscribe|newsletter|abonnieren|suscríbete|inscreva-se|abonnez-vous)\b.{0,120}$/i, // newsletter prompts
  /^(?:©|\(c\)|copyright\b).{0,200}$/i, // "© 2020 The Moscow Times. All rights reserved."
  /\b(?:all rights reserved|alle rechte vorbehalten|todos los derechos reservados|wszelkie prawa zastrzeżone|tous droits réservés)\b/i, // copyright notices
  /^(?:click here|tap here|click to)\b.{0,120}$/i, // "Click here to subscribe"
  /^(?:comments?|leave a (?:comment|reply)|kommentare?|comentarios?|komentarze?)\b.{0,60}$/i, // comment section heads
  /^(?:tags?|topics?|themen|schlagwörter|etiquetas|tagi|mots-clés)\s*:.{0,200}$/i, // "Tags: Belarus, Protests"
  /^\(?(?:image|photo|foto|fotos|bild|picture|credit|crédits? photos?|crédito|credito|fotografía|zdjęcie)\s*(?:credits?|:|©).{0,150}$/i, // picture credits: "(crédito: Minervino Júnior/CB)"
  /^(?:source|quelle|fuente|fonte|źródło)\s*:\s*\S.{0,60}$/i, // "Źródło: ISBnews": a short source label line
  /^(?:we use cookies|this (?:web)?site uses cookies|wir verwenden cookies).{0,300}$/i, // cookie banners
  /^(?:print|email|e-mail|facebook|twitter|whatsapp|linkedin|pinterest|reddit|telegram)(?:\s*[|·•,/]?\s*(?:print|email|e-mail|facebook|twitter|whatsapp|linkedin|pinterest|reddit|telegram|copy link))*$/i, // a bare row of share targets
  /^>>.{0,200}<<$/, // ">> Wegen Corona: Danni Büchner muss schließen <<": a teaser link
  /^(?:\d+\s*min(?:ute)?s?\.?\s*(?:read|lesezeit|de lectura|di lettura)|(?:lesezeit|reading time|tiempo de lectura)\s*:?\s*\d+\s*\p{L}*)$/iu, // "5 min read", "Lesezeit: 3 Minuten"
  /^(?:lade|load|loading|mehr laden|load more|show more|cargar más)\b.{0,30}$/i, // "Lade weitere Inhalte ...": infinite-scroll buttons
  /^(?:this (?:post|article|page|site|story) (?:may )?contains? affiliate|(?:disclosure|disclaimer)\s*:.{0,40}affiliate).{0,200}$/i, // affiliate-link disclosures
];

/**
 * "Read also"-style labels in the languages of the test suites and beyond: a block that starts with
 * one is a link to another story ("LE PUEDE INTERESAR: La ficha de …", "Lesen Sie hier: …").
 */
export const RELATED_LABEL = new RegExp('^(?:' + [
  'read more', 'read also', 'also read', 'see also', 'related', 'more on this', 'more from', 'recommended', 'watch', 'listen', 'further reading', 'don\'t miss', 'must read',
  'lesen sie (?:auch|hier|mehr)', 'mehr zum thema', 'auch interessant', 'das könnte sie (?:auch )?interessieren', 'empfehlungen', 'weiterlesen', 'siehe auch',
  'le puede interesar', 'puede interesarte', 'puedes ver', 'vea también', 'ver también', 'lee también', 'leer más', 'lea también', 'te puede interesar', 'mira', 'relacionad[oa]s?', 'también te puede interesar',
  'leia também', 'leia mais', 'veja também', 'saiba mais',
  'à lire aussi', 'a lire aussi', 'lire aussi', 'voir aussi',
  'czytaj (?:też|także|więcej)', 'zobacz (?:też|także)', 'dowiedz się więcej',
  'leggi anche', 'potrebbe interessarti',
].join('|') + ')\\b(?:\\s+[^\\s:]+){0,4}\\s*(?:[:»>|\\-–—.!]|$)', 'i');

/**
 * Labels of date stamps in article headers, in the suites' languages: "Aktualisiert: 11.04.2020, 10:27",
 * "Publicado el 3 de mayo de 2021", "Mis à jour le 04/05/2020 à 10h". With the date taken out, a
 * stamp has nothing but these words left.
 */
export const DATE_LABEL_WORDS = /\b(?:published|updated|posted|last|modified|on|at|am|pm|gmt|utc|cet|cest|est|edt|bst|aktualisiert|publiziert|veröffentlicht|erstellt|geändert|zuletzt|am|um|uhr|stand|publicado|actualizado|actualización|el|a|las|de|del|hs|h|publié|publie|mis|à|jour|le|opublikowano|aktualizacja|aktualizováno|pubblicato|aggiornato|alle|ore|il|atualizado|em|às)\b/gi;

/** Bylines that name a desk, not a person: "By Staff Writer", "By Editorial Team", "Von Redaktion". */
export const DESK_BYLINE = /^(?:by|von|por|par)\s+(?:the\s+)?(?:staff(?:\s+writer|\s+reporter)?|editorial(?:\s+(?:team|staff|board))?|editors?|admin(?:istrator)?|redaktion|team|newsroom|web desk|news desk|guest author)\b/i;

/**
 * Calls to action that end many articles: newsletter, app and membership prompts. Only short blocks
 * that also address the reader (PROMO_ADDRESS: "you", "our", "please", "!") count, so "Subscribers
 * to the utility will see their bills rise" is news: "Never miss the latest news by signing up to
 * our newsletter today!" is not.
 */
export const PROMO_ADDRESS = /(?<!\p{L})(?:you|your|our|us|please|here|today|now|jetzt|hier|unser\p{L}*|aquí|ahora|nuestr[ao]s?|notre|nos|nossa|nosso)(?!\p{L})|!/iu;

export const PROMO_BLOCK = /\b(?:sign(?:ing)? up|subscribe|subscription|subscribers?|newsletter|membership)\b/i;

/** Calls to action that need no "you" to be one: "download the Nationnews apps", "Follow us on X". */
export const PROMO_IMPERATIVE = /\b(?:download (?:the|our)\b.{0,40}\bapps?|follow us|apóyanos|únete|suscríbete|abonnieren|abonnez|become a member|support (?:our|independent) journalism|submit your letter)\b/i;
