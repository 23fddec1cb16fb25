// In-page half of the autoplaying sound check (ACT 80f0bf, aaa1bf, 4c31df): which audio and
// video elements play sound by themselves, for how long, and whether anything on the page
// could stop it. Evaluated once per page; defines window.__broadsheetAutoplay.
(() => {
  if (window.__broadsheetAutoplay) return;
  const { elements, describe } = window.__broadsheetDom;
  let media = [];

  function shown(el) {
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    // moved off the page's top or left edge: no scrolling brings it into view
    return r.width > 0 && r.height > 0 && r.right + scrollX > 0 && r.bottom + scrollY > 0;
  }
  function played(el) {
    let total = 0;
    for (let i = 0; i < el.played.length; i++) total += el.played.end(i) - el.played.start(i);
    return total;
  }
  // Media Fragments (a temporal range, #t=8,10): the seconds it limits playback to, else null.
  function fragmentSpan(el) {
    const hash = el.currentSrc.split('#')[1] || '';
    const match = /(?:^|&)t=(?:npt:)?([0-9.]*),([0-9.]+)(?:&|$)/.exec(hash);
    if (!match) return null;
    const span = Number(match[2]) - Number(match[1] || 0);
    return Number.isFinite(span) ? Math.max(span, 0) : null;
  }

  // The audio and video elements with the autoplay attribute: [{target, html}].
  function init() {
    media = [...elements(document)].filter((el) =>
      (el.localName === 'audio' || el.localName === 'video') && el.autoplay);
    return media.map(describe);
  }

  // Wait until every element knows its duration, has failed, or ``seconds`` of it have
  // played (media time, not wall time: a loaded machine decodes slowly), whichever comes later
  // for those that play. Gives up after ``ms``, or sooner when no element that is not done yet
  // has moved on for ``stallMs``. Returns 'done', 'stalled' or 'waiting' (out of ``ms`` while
  // some element still moves on: the caller may wait again).
  async function settle(ms, seconds, stallMs) {
    const start = performance.now();
    const ready = (el) => el.error || el.networkState === HTMLMediaElement.NETWORK_NO_SOURCE ||
      (el.readyState >= 1 && (el.paused || el.ended || played(el) >= seconds));
    const progress = () => media.map((el) => [el.readyState, el.currentTime, played(el)].join());
    let last = progress();
    let moved = start;
    for (;;) {
      if (media.every(ready)) return 'done';
      const now = performance.now();
      const seen = progress();
      if (seen.some((value, i) => value !== last[i])) moved = now;
      last = seen;
      if (now - moved >= stallMs) return 'stalled';
      if (now - start >= ms) return 'waiting';
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  // What each element is doing now.
  function state() {
    return media.map((el) => ({
      error: !!el.error || el.networkState === HTMLMediaElement.NETWORK_NO_SOURCE,
      ready: el.readyState >= 1,
      duration: el.duration,
      paused: el.paused,
      ended: el.ended,
      loop: el.loop,
      muted: el.muted || el.volume === 0,
      played: played(el),
      time: el.currentTime,
      fragmentSpan: fragmentSpan(el),
      // an audio element's resource is sound; a video's has sound when Chromium decoded some
      audio: el.localName === 'audio' || (el.webkitAudioDecodedByteCount || 0) > 0,
      controls: el.controls && shown(el),
    }));
  }

  // Whether anything on the page other than the media could be an instrument to pause or
  // mute it: an instrument must be visible with an accessible name, so text, a label
  // attribute, a form control, an image or a frame that shows counts.
  function possibleInstrument() {
    for (const el of elements(document.body || document.documentElement)) {
      if (el.localName === 'audio' || el.localName === 'video') continue;
      if (!shown(el)) continue;
      if (['input', 'select', 'textarea', 'img', 'svg', 'iframe', 'object', 'embed', 'canvas']
        .includes(el.localName)) return true;
      for (const name of ['aria-label', 'aria-labelledby', 'title', 'alt']) {
        if ((el.getAttribute(name) || '').trim()) return true;
      }
      for (const node of el.childNodes) {
        if (node.nodeType === 3 && node.data.trim()) return true;
      }
      const before = getComputedStyle(el, '::before').content;
      const after = getComputedStyle(el, '::after').content;
      if ((before && before !== 'none' && before !== 'normal') ||
        (after && after !== 'none' && after !== 'normal')) return true;
    }
    return false;
  }

  window.__broadsheetAutoplay = { init, settle, state, possibleInstrument };
})();
