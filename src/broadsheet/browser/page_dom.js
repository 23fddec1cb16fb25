// What every in-page script of Broadsheet's browser checks shares (checks.js, act.js,
// images.js, autoplay.js, keyboard_trap.js): walking a document through its open shadow roots,
// naming an element by a CSS selector and quoting its opening tag. Evaluated first, once per
// page (inpage.py puts it ahead of checks.js); defines window.__broadsheetDom.
(() => {
  if (window.__broadsheetDom) return;

  // Every element below ``root`` in tree order, each open shadow root's after its host.
  function* elements(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.nextNode(); el; el = walker.nextNode()) {
      yield el;
      if (el.shadowRoot) yield* elements(el.shadowRoot);
    }
  }

  // The element's opening tag, cut at 200 characters.
  function snippet(el) {
    const html = el.outerHTML || '';
    const open = html.slice(0, html.indexOf('>') + 1) || html;
    return open.length > 200 ? open.slice(0, 197) + '...' : open;
  }

  // Counts of ids and positions among siblings, kept for one synchronous pass (cleared by
  // a microtask), so naming thousands of elements does not query the document each time.
  let known = null;
  function pass() {
    if (!known) {
      known = { ids: new Map(), nth: new Map() };
      for (const el of document.querySelectorAll('[id]')) {
        known.ids.set(el.id, (known.ids.get(el.id) || 0) + 1);
      }
      queueMicrotask(() => { known = null; });
    }
    return known;
  }
  const uniqueId = (el) => el.id && pass().ids.get(el.id) === 1;
  function nthOfType(node) {
    const cache = pass().nth;
    if (!cache.has(node)) {
      const counts = new Map();
      for (const child of node.parentElement.children) {
        const n = (counts.get(child.localName) || 0) + 1;
        counts.set(child.localName, n);
        cache.set(child, n);
      }
      for (const child of node.parentElement.children) {
        if (counts.get(child.localName) === 1) cache.set(child, 0);
      }
    }
    return cache.get(node);
  }

  // A CSS selector for the element: its unique id, or a child path from the nearest
  // ancestor with one (else from html).
  function selector(el) {
    if (!(el instanceof Element)) return String(el);
    if (el.getRootNode() === document && uniqueId(el)) return '#' + CSS.escape(el.id);
    const parts = [];
    for (let node = el; node && node.nodeType === 1 && node !== document.documentElement;
         node = node.parentElement) {
      if (node.getRootNode() === document && uniqueId(node)) {
        parts.unshift('#' + CSS.escape(node.id));
        return parts.join(' > ');
      }
      let part = node.localName;
      if (node.parentElement) {
        const nth = nthOfType(node);
        if (nth) part += `:nth-of-type(${nth})`;
      }
      parts.unshift(part);
    }
    parts.unshift('html');
    return parts.join(' > ');
  }

  // How a finding names an element: {target, html}.
  const describe = (el) => ({ target: selector(el), html: snippet(el) });

  window.__broadsheetDom = Object.freeze({ elements, snippet, selector, describe });
})();
