// Broadsheet live blog updates (rendered only with live_updates=True; allowed by its hash).
// Every data-interval seconds, and whenever the page dispatches the event
// "broadsheet:live-check" on document, it fetches this page again from its own origin and
// looks for posts (#live-feed > .live-post[id]) it does not show yet; after each check it
// dispatches "broadsheet:live-checked" (detail.waiting: how many new posts wait). New posts are
// announced once in the polite status line ("3 new updates"), never on load, and wait until
// the reader presses "Show new updates": then they are inserted where the newer page has
// them (with a new day's date), the key events, the summary, the "Latest" flag and the
// JSON-LD are brought up to date, and focus moves to the first new post. Focus never moves
// otherwise.
(() => {
  "use strict";
  const box = document.getElementById("live-updates");
  const status = document.getElementById("live-status");
  const button = document.getElementById("live-show");
  const feed = document.getElementById("live-feed");
  if (!box || !status || !button || !feed || !window.fetch || !window.DOMParser) return;
  const lang = document.documentElement.lang || "en";
  const plurals = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  const seconds = Math.max(15, Number(box.dataset.interval) || 60);
  let fresh = [];
  let latest = null;
  let checking = false;

  const shown = () => new Set(Array.from(feed.querySelectorAll(":scope > .live-post[id]"),
                                         (post) => post.id));

  function announce(count) {
    const key = "count" + plurals.select(count).replace(/^./, (c) => c.toUpperCase());
    const message = status.dataset[key] || status.dataset.countOther || "{count}";
    status.textContent = message.replace("{count}", numbers.format(count));
  }

  async function check() {
    if (checking) return;
    checking = true;
    try {
      const url = new URL(location.href);
      url.hash = "";
      const response = await fetch(url, {cache: "no-cache", credentials: "same-origin",
                                         redirect: "error"});
      const type = response.headers.get("content-type") || "";
      if (!response.ok || !type.startsWith("text/html")) return;
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const newer = page.getElementById("live-feed");
      if (!newer) return;
      const have = shown();
      const posts = Array.from(newer.querySelectorAll(":scope > .live-post[id]"))
        .filter((post) => !have.has(post.id));
      latest = page;
      // Announce only when the number of waiting posts grows: once per arrival.
      if (posts.length > fresh.length) announce(posts.length);
      else if (!posts.length) status.textContent = "";  // the waiting posts were withdrawn
      fresh = posts;
      button.hidden = !fresh.length;
    } catch (error) {
      // Offline, or the page moved: try again at the next interval.
    } finally {
      checking = false;
      document.dispatchEvent(new CustomEvent("broadsheet:live-checked",
                                             {detail: {waiting: fresh.length}}));
    }
  }

  function replace(id) {
    const mine = document.getElementById(id);
    const theirs = latest.getElementById(id);
    if (mine && theirs) mine.replaceWith(document.importNode(theirs, true));
    else if (theirs && id === "live-key-events") feed.before(document.importNode(theirs, true));
  }

  function show() {
    if (!latest || !fresh.length) return;
    const inserted = [];
    for (const post of fresh) {
      // Insert before the next post that the page already shows, as the newer page has it.
      let next = post.nextElementSibling;
      while (next && !(next.id && document.getElementById(next.id))) {
        next = next.nextElementSibling;
      }
      const copy = document.importNode(post, true);
      if (next) document.getElementById(next.id).before(copy);
      else feed.append(copy);
      // A new day's date comes with the first post under it.
      const day = post.previousElementSibling;
      if (day && day.matches(".live-feed__day") && !document.getElementById(day.id)) {
        copy.before(document.importNode(day, true));
      }
      inserted.push(copy);
    }
    // "Latest" moves to the newest post; the summary ("6 updates") is the newer page's.
    for (const flag of feed.querySelectorAll(".live-post__flag--latest")) {
      const theirs = latest.getElementById(flag.closest(".live-post").id);
      if (theirs && !theirs.querySelector(".live-post__flag--latest")) flag.remove();
    }
    replace("live-summary");
    replace("live-key-events");
    const data = latest.querySelector('script[type="application/ld+json"]');
    const mine = document.querySelector('script[type="application/ld+json"]');
    if (data && mine) mine.textContent = data.textContent;
    fresh = [];
    status.textContent = "";
    button.hidden = true;
    const first = inserted[0];
    first.tabIndex = -1;
    first.focus();
  }

  button.addEventListener("click", show);
  document.addEventListener("broadsheet:live-check", check);
  setInterval(() => { if (!document.hidden) check(); }, seconds * 1000);
})();
