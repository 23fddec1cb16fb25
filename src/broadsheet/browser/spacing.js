// WCAG 1.4.12's text spacing, as the criterion states it, in one place for the live check
// (checks.js, text-spacing-no-clipping) and the gallery's text-spacing view: on every
// element, line height at least 1.5 times its font size, letter spacing at least 0.12
// times, word spacing at least 0.16 times, and after each paragraph at least 2 times.
// Larger spacing the page sets is kept (an Arabic page's taller lines stay taller); nothing
// else changes. Inline and !important, so no page rule overrides it.
// An expression: a function that spaces the document and returns a function that puts
// every style attribute back exactly as it was.
(function spaceText() {
  const px = (value) => { const n = parseFloat(value); return Number.isFinite(n) ? n : 0; };
  const wanted = Array.from(document.querySelectorAll('body, body *'), (el) => {
    const s = getComputedStyle(el);
    const size = parseFloat(s.fontSize) || 0;
    const values = [
      ['line-height', Math.max(px(s.lineHeight), 1.5 * size)],
      ['letter-spacing', Math.max(px(s.letterSpacing), 0.12 * size)],
      ['word-spacing', Math.max(px(s.wordSpacing), 0.16 * size)],
    ];
    if (el.localName === 'p') values.push(['margin-block-end', Math.max(px(s.marginBlockEnd), 2 * size)]);
    return [el, el.getAttribute('style'), values];
  });
  for (const [el, , values] of wanted) {
    for (const [name, value] of values) el.style.setProperty(name, `${value}px`, 'important');
  }
  return function unspace() {
    for (const [el, style] of wanted) {
      // (read first: Chromium writes a style attribute changed through el.style only when
      // it is read, and would bring back an empty one after the removal)
      if (el.getAttribute('style') !== style) {
        if (style === null) el.removeAttribute('style'); else el.setAttribute('style', style);
      }
    }
  };
})
