// In-page half of image-loads: which rendered images loaded, failed or are still loading.
// Evaluated once per page (after checks.js); defines window.__broadsheetImages.
(() => {
  if (window.__broadsheetImages) return;
  const { elements, selector, snippet } = window.__broadsheetDom;
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const XLINK_NS = 'http://www.w3.org/1999/xlink';

  function absolute(value) {
    try { return new URL(value, document.baseURI).href; } catch (e) { return value; }
  }

  // HTML strips ASCII whitespace around a URL (not JavaScript's trim(): a no-break space is
  // part of the URL).
  const bare = (value) => (value || '').replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');

  // The image an element shows, or null when it names none (not judged).
  function source(el) {
    if (el.namespaceURI === SVG_NS) {
      if (el.localName !== 'image') return null;
      const href = el.getAttribute('href') || el.getAttributeNS(XLINK_NS, 'href');
      return bare(href) ? { kind: 'svg', url: absolute(bare(href)) } : null;
    }
    switch (el.localName) {
      case 'img':
        if (!bare(el.getAttribute('src')) && !bare(el.getAttribute('srcset')) &&
            !(el.parentElement && el.parentElement.localName === 'picture')) return null;
        return { kind: 'img', url: el.currentSrc || el.src || '' };
      case 'input':
        if (el.type !== 'image' || !bare(el.getAttribute('src'))) return null;
        return { kind: 'input', url: el.src };
      case 'video':
        if (!bare(el.getAttribute('poster'))) return null;
        return { kind: 'poster', url: el.poster };
      default:
        return null;
    }
  }

  function shown(el) {
    if (typeof el.checkVisibility === 'function') {
      return el.checkVisibility({ visibilityProperty: true });
    }
    return el.getClientRects().length > 0 && getComputedStyle(el).visibility === 'visible';
  }

  // Whether a finished image is one: it has a size, or (an SVG without one) it decodes.
  // decode() only there: forcing every photo of a long page to decode costs memory and time.
  const usable = (img) => (img.naturalWidth > 0 ? Promise.resolve(true)
    : img.decode().then(() => true, () => false));

  function finished(img) {
    if (img.complete) return Promise.resolve();
    return new Promise((resolve) => {
      img.addEventListener('load', resolve, { once: true });
      img.addEventListener('error', resolve, { once: true });
    });
  }

  // Resolves true when the image loaded and decodes, false when it cannot be loaded or
  // decoded. Image buttons, posters and SVG images are loaded again in a probe <img> (from
  // the cache, or through the same network rules).
  function decodes(el, kind, url) {
    if (kind === 'img') return finished(el).then(() => usable(el));
    const probe = new Image();
    probe.src = url;
    return finished(probe).then(() => usable(probe));
  }

  // Each rendered image: {target, html, kind, url, alt, state: loaded|broken|pending}, waiting
  // at most budgetMs for images still loading (lazy ones are made eager for the check).
  async function images(budgetMs) {
    const found = [];
    const lazy = [];
    for (const el of elements(document)) {
      const src = source(el);
      if (!src || !shown(el)) continue;
      src.html = snippet(el);  // before the check touches it
      if (src.kind === 'img' && el.loading === 'lazy' && !el.complete) {
        lazy.push(el);
        el.loading = 'eager';
      }
      found.push({ el, ...src });
    }
    let timer;
    const late = new Promise((resolve) => { timer = setTimeout(() => resolve('pending'), budgetMs); });
    try {
      const states = await Promise.all(found.map(({ el, kind, url }) => Promise.race([
        decodes(el, kind, url).then((ok) => (ok ? 'loaded' : 'broken')), late])));
      return found.map(({ el, kind, url, html }, i) => ({
        target: selector(el), html, kind,
        url: kind === 'img' ? (el.currentSrc || url) : url,
        alt: el.hasAttribute('alt') ? el.getAttribute('alt') : null,
        lazy: lazy.includes(el), state: states[i],
        width: el.naturalWidth || 0, height: el.naturalHeight || 0,
      }));
    } finally {
      clearTimeout(timer);
      for (const el of lazy) el.loading = 'lazy';
    }
  }

  window.__broadsheetImages = { images };
})();
