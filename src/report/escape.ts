// Everything that comes from an article (its text, title, names, file names) enters the report
// through these two functions, so a page's own markup or a `<script>` in a text file is shown as
// text and never runs:  escapeHtml('<script>alert(1)</script>') → '&lt;script&gt;alert(1)&lt;/script&gt;'.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content and for attribute values (quotes are escaped too, so both are safe). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A URL for an `href`: only http(s) addresses become links; anything else (javascript:, data:) does not. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
}
