"""Shadow roots read from a page's inline script (broadsheet.checks.script_shadow)."""

from __future__ import annotations

from broadsheet.checks.script_shadow import declarative


def test_a_root_filled_through_its_variable_becomes_a_declarative_root() -> None:
    page = ("<div id=\"host\"><p>light</p></div><script>\nvar host = "
            "document.getElementById('host')\nvar shadow = host.attachShadow({ mode: 'open' })"
            "\nshadow.innerHTML = '<b>shadow</b>'\n</script>")
    assert declarative(page).startswith(
        '<div id="host"><template shadowrootmode="open"><b>shadow</b></template><p>light</p>')


def test_later_lines_keep_their_numbers() -> None:
    page = ("<div id=h></div>\n<p>2</p><script>document.querySelector('#h')"
            ".attachShadow({mode:'open'}).innerHTML = `<i>a</i>\n<i>b</i>`</script>")
    rewritten = declarative(page)
    assert rewritten.count("\n") == page.count("\n")
    assert '<div id=h><template shadowrootmode="open"><i>a</i> <i>b</i></template>' in rewritten


def test_a_template_cloned_into_the_root_is_its_content() -> None:
    page = ("<template id=t><p>hi</p></template><div id=h></div><script>const r = document."
            "getElementById('h').attachShadow({mode: 'open'}); r.appendChild(document."
            "getElementById('t').content.cloneNode(true))</script>")
    assert '<div id=h><template shadowrootmode="open"><p>hi</p></template></div>' in \
        declarative(page)


def test_what_cannot_be_read_for_certain_is_left_alone() -> None:
    for page in (
        # content computed at run time
        "<div id=h></div><script>document.getElementById('h').attachShadow({mode:'open'})"
        ".innerHTML = `${name}`</script>",
        "<div id=h></div><script>document.getElementById('h').attachShadow({mode:'open'})"
        ".innerHTML = make()</script>",
        # a host found by a selector we do not resolve
        "<div class=h></div><script>document.querySelector('.h').attachShadow({mode:'open'})"
        ".innerHTML = '<b>x</b>'</script>",
        # an external script, and JSON data that mentions the call
        "<div id=h></div><script src='a.js'>document.getElementById('h').attachShadow({})"
        ".innerHTML = '<b>x</b>'</script>",
        "<div id=h></div><script type='application/json'>document.getElementById('h')"
        ".attachShadow({}).innerHTML = '<b>x</b>'</script>",
    ):
        assert declarative(page) == page


def test_hostile_pages_stay_linear() -> None:
    # Quadratic guard (generous bound): unclosed scripts, long identifiers, many hosts.
    import time

    pages = ["<script>attachShadow" * 20_000,
             "<script>" + "a" * 200_000 + ".attachShadow({})</script>",
             "<x-y></x-y>" * 20_000 + "<script>customElements.define('x-y', class { c() {"
             " this.attachShadow({mode:'open'}).innerHTML = '<b>x</b>' } })</script>"
             + "<script></script>" * 20_000]
    for page in pages:
        started = time.perf_counter()
        declarative(page)
        assert time.perf_counter() - started < 5


def test_a_root_filled_through_the_hosts_shadow_root_property() -> None:
    page = ("<x-card></x-card><script>customElements.define('x-card', class extends HTMLElement"
            " { connectedCallback() { this.attachShadow({ mode: 'open' });\n"
            " this.shadowRoot.innerHTML = '<a href=\"/\">Home</a>' } })</script>")
    assert declarative(page).startswith(
        '<x-card><template shadowrootmode="open"><a href="/">Home</a></template></x-card>')
    page = ("<div id=h></div><script>const host = document.getElementById('h');"
            " host.attachShadow({mode: 'open'}); host.shadowRoot.innerHTML = '<i>x</i>'</script>")
    assert '<div id=h><template shadowrootmode="open"><i>x</i></template></div>' in \
        declarative(page)
