// The report's one small script, inlined into the page (its hash is in the Content-Security-Policy).
// It makes no request and writes no text of its own into the page except counts: a click on a
// speaker or entity (a panel button, a name in the text or a quote's label) highlights every mention
// and quote of it and says how many in a live region; Esc clears; the arrow keys move through the
// panel; the type checkboxes hide an entity type. In a corpus report, `#a12` shows article 12: its
// view, already rendered and escaped by newsq, is unpacked (base64, then gzip through the browser's
// own DecompressionStream) from an inert `<script type="application/octet-stream">` block on first
// use, so that thousands of articles do not slow the page down when it opens.
export const SCRIPT = `
(function () {
  'use strict';
  var d = document;
  function articleOf(el) { return el && el.closest('[data-article]'); }
  function say(art, text) { var s = art.querySelector('.status'); if (s) s.textContent = text; }
  function clear(art) {
    art.querySelectorAll('.hl').forEach(function (el) { el.classList.remove('hl'); });
    art.querySelectorAll('[aria-pressed="true"]').forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
    art.removeAttribute('data-selected');
    say(art, '');
  }
  function select(art, key, toggle) {
    if (!art) return;
    var was = art.getAttribute('data-selected');
    clear(art);
    if (!key || (toggle && was === key)) return;
    art.setAttribute('data-selected', key);
    var k = CSS.escape(key);
    var marks = art.querySelectorAll('.text [data-e="' + k + '"], .text [data-s="' + k + '"]');
    var mentions = new Set(), refs = new Set(), quotes = new Set();
    marks.forEach(function (el) {
      el.classList.add('hl');
      if (el.dataset.m) (el.dataset.m.charAt(0) === 'r' ? refs : mentions).add(el.dataset.m);
      if (el.dataset.q) quotes.add(el.dataset.q);
    });
    function n(set, one) { return set.size + ' ' + one + (set.size === 1 ? '' : 's'); }
    var name = '';
    art.querySelectorAll('.panel [data-select="' + k + '"]').forEach(function (b) {
      b.setAttribute('aria-pressed', 'true');
      if (!name) name = b.querySelector('.name').textContent;
    });
    say(art, name + ': ' + n(mentions, 'mention') + ', ' + n(refs, 'reference') + ' and ' + n(quotes, 'quote') + ' highlighted');
    if (marks.length) marks[0].scrollIntoView({ block: 'nearest' });
  }
  d.addEventListener('click', function (ev) {
    var t = ev.target;
    if (!(t instanceof Element)) return;
    var pick = t.closest('[data-select]');
    if (pick) {
      ev.preventDefault();
      var art = articleOf(pick);
      var inText = !!pick.closest('.text');
      select(art, pick.dataset.select, !inText);
      if (inText) { var b = d.getElementById(pick.dataset.select); if (b) b.focus({ preventScroll: false }); }
      return;
    }
    var mark = t.closest('.text [data-e], .text [data-s]');
    if (mark) select(articleOf(mark), mark.dataset.e || mark.dataset.s, true);
  });
  // An entity mention's tooltip (name and type) is looked up when first hovered, not stored with each mention.
  d.addEventListener('mouseover', function (ev) {
    var el = ev.target instanceof Element ? ev.target.closest('.text .ent[data-e]') : null;
    if (!el || el.title) return;
    var b = d.getElementById(el.dataset.e);
    if (b) el.title = b.querySelector('.name').textContent + ' · ' + b.querySelector('.tag').textContent;
  });
  d.addEventListener('change', function (ev) {
    var box = ev.target;
    if (box instanceof HTMLInputElement && box.dataset.filter) articleOf(box).classList.toggle('hide-' + box.dataset.filter, !box.checked);
  });
  d.addEventListener('keydown', function (ev) {
    var t = ev.target instanceof Element ? ev.target : null;
    if (ev.key === 'Escape') { d.querySelectorAll('[data-article][data-selected]').forEach(clear); return; }
    if (!t || !t.classList.contains('pick')) return;
    var picks = Array.prototype.slice.call(t.closest('.panel').querySelectorAll('.pick'));
    var i = picks.indexOf(t), j = -1;
    if (ev.key === 'ArrowDown') j = Math.min(i + 1, picks.length - 1);
    else if (ev.key === 'ArrowUp') j = Math.max(i - 1, 0);
    else if (ev.key === 'Home') j = 0;
    else if (ev.key === 'End') j = picks.length - 1;
    if (j >= 0) { ev.preventDefault(); picks[j].focus(); }
  });
  d.addEventListener('input', function (ev) {
    var box = ev.target;
    if (!(box instanceof HTMLInputElement) || !box.dataset.rows) return;
    var q = box.value.trim().toLowerCase(), shown = 0;
    d.querySelectorAll('#' + box.dataset.rows + ' tbody tr').forEach(function (tr) {
      var hit = !q || tr.textContent.toLowerCase().indexOf(q) >= 0;
      tr.hidden = !hit; if (hit) shown++;
    });
    var out = d.getElementById(box.dataset.rows + '-count'); if (out) out.textContent = shown + ' shown';
  });
  var corpus = d.getElementById('corpus');
  if (!corpus) return;
  var views = d.getElementById('views');
  function unpack(src) {
    var bin = atob(src.textContent.trim()), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  }
  async function route() {
    var m = /^#(a\\d+)(?:-|$)/.exec(location.hash);
    var art = m ? d.getElementById(m[1]) : null;
    var src = m && !art ? d.getElementById('src-' + m[1]) : null;
    if (src) {
      var html = await unpack(src);
      art = d.getElementById(m[1]);
      if (!art) {
        var holder = d.createElement('div');
        holder.innerHTML = html;
        art = holder.firstElementChild;
        views.appendChild(art);
      }
      if (location.hash.slice(1).split('-')[0] !== m[1]) return;
    }
    views.querySelectorAll('[data-article]').forEach(function (a) { a.hidden = a !== art; });
    corpus.hidden = !!art;
    if (!art) return;
    var target = location.hash.length > 1 ? d.getElementById(location.hash.slice(1)) : null;
    if (target && target !== art) { target.scrollIntoView({ block: 'center' }); if (target.classList.contains('pick')) target.focus(); }
    else { window.scrollTo(0, 0); var h = art.querySelector('h1'); if (h) { h.tabIndex = -1; h.focus({ preventScroll: true }); } }
  }
  window.addEventListener('hashchange', route);
  route();
})();
`;
