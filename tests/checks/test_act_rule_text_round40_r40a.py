"""Round 40 (issue 13): our own cases for the ARIA and name rules, written from the ACT rule
texts and the specs they cite (HTML, HTML-AAM, SVG-AAM, WAI-ARIA 1.2, accname 1.2), never from
the W3C examples: hiding in every way (display, visibility, ``hidden``, a closed ``dialog``,
``template`` and ``noscript`` content, aria-hidden ancestors, off-screen, opacity, clipping),
declarative shadow roots (slotted and unslotted content, ID references that cross the
boundary), ``srcdoc`` frames, role lists with unknown or abstract first tokens, ARIA
overriding HTML, blank and case-varied values, implicit roles that hang on context (scoped
header, ``a`` without href, ``img alt=""``, ``section`` without a name, a grid's ``td``, an
``input`` with a ``list``), names from ``title``, ``placeholder``, wrapping and ``for``
labels, hidden ``aria-labelledby`` targets and CSS generated content. Element by element, by
``#id`` (or the finding's selector); an element a rule does not apply to has no finding.
Where our first expectation and the checker disagreed, the comment above the case quotes the
sentence that decided it."""

from __future__ import annotations

from typing import Any

import pytest
from rule_helpers import verdicts

P, F, NA, CT = "passed", "failed", "inapplicable", "cant_tell"
#: (rule, each judged target's expected outcome, body[, head]); ``#h`` is a shadow host.
CASES: list[tuple[Any, ...]] = [
    # --- aria-valid-attr -----------------------------------------------------------------
    # 5f99a7: "applies to any attribute that starts with aria-"; "defined in WAI-ARIA
    # Specifications".
    ('aria-valid-attr', {'#a': P}, "<div id='a' ARIA-LABEL='x'>x</div>"),
    ('aria-valid-attr', {'#a': F}, "<div id='a' aria-labeledby='x'>x</div>"),
    ('aria-valid-attr', {'#a': F}, "<div id='a' aria-='x'>x</div>"),
    ('aria-valid-attr', {'#a': F}, "<div id='a' hidden aria-foo='x'>x</div>"),
    ('aria-valid-attr', {'#a': F}, "<svg id='a' aria-foo='x'></svg>"),
    ('aria-valid-attr', {'#a': P},
     "<div id='a' aria-grabbed='false' aria-dropeffect='move'>x</div>"),
    ('aria-valid-attr', {'#a': F}, "<div id='a' aria-foo=''>x</div>"),
    ('aria-valid-attr', {'#a': NA}, "<div id='a' data-aria-foo='x'>x</div>"),
    ('aria-valid-attr', {'#a': P}, "<input id='a' aria-errormessage='e' aria-placeholder='x'>"),
    ('aria-valid-attr', {'#a': F},
     "<div aria-hidden='true'><span id='a' aria-hiden='true'>x</span></div>"),
    ('aria-valid-attr', {'#h > span': F},
     "<div id='h'><template shadowrootmode='open'><span aria-foo='x'>y</span></templat"
     'e></div>'),
    ('aria-valid-attr', {'#a': F},
     "<svg><rect id='a' aria-foo='1' width='1' height='1'></rect></svg>"),
    # 5f99a7: "This rule applies to any attribute that starts with aria-" (no "HTML or SVG
    # element", unlike 6a7281/5c01ea/kb1m8s): a MathML element's aria-foo is a target. Was
    # inapplicable (fixed).
    ('aria-valid-attr', {'#a': F}, "<math id='a' aria-foo='x'><mi>x</mi></math>"),
    ('aria-valid-attr', {'#a': F}, "<div id='a' aria-describedat='x'>y</div>"),
    ('aria-valid-attr', {'#a': P},
     "<div id='a' aria-details='d' aria-keyshortcuts='Alt+K' aria-roledescription='sli"
     "de'>y</div>"),
    ('aria-valid-attr', {'#a': NA}, "<template><div id='a' aria-foo='x'>y</div></template>"),
    # --- aria-prohibited-attr ------------------------------------------------------------
    # kb1m8s: a global state or property "specified on an HTML or SVG element that is included
    # in the accessibility tree"; "not prohibited for the semantic role".
    ('aria-prohibited-attr', {'#a': F}, "<p id='a' aria-label='x'>Text</p>"),
    ('aria-prohibited-attr', {'#a': F},
     "<code id='a' aria-labelledby='l'>x</code><span id='l'>y</span>"),
    ('aria-prohibited-attr', {'#a': F}, "<em id='a' aria-label='x'>y</em>"),
    ('aria-prohibited-attr', {'#a': F}, "<sub id='a' aria-label='x'>2</sub>"),
    ('aria-prohibited-attr', {'#a': NA}, "<span id='a' aria-label='x' hidden>y</span>"),
    ('aria-prohibited-attr', {'#a': NA},
     "<div aria-hidden='true'><span id='a' aria-label='x'>y</span></div>"),
    ('aria-prohibited-attr', {'#a': P},
     "<span id='a' aria-describedby='d'>y</span><span id='d'>z</span>"),
    ('aria-prohibited-attr', {'#a': F}, "<div id='a' role='foo generic' aria-label='x'>y</div>"),
    ('aria-prohibited-attr', {'#a': F}, "<div id='a' role='foo' aria-label='x'>y</div>"),
    ('aria-prohibited-attr', {'#a': P}, "<section id='a' aria-label='x'>y</section>"),
    ('aria-prohibited-attr', {'#a': P}, "<table><tr><td id='a' aria-label='x'>y</td></tr></table>"),
    ('aria-prohibited-attr', {'#a': P},
     "<span id='a' role='button' tabindex='0' aria-label='x'>y</span>"),
    ('aria-prohibited-attr', {'#a': F}, "<div id='a' role='strong foo' aria-label='x'>y</div>"),
    ('aria-prohibited-attr', {'#h > span': F},
     "<div id='h'><template shadowrootmode='open'><span aria-label='x'>y</span></templ"
     'ate></div>'),
    ('aria-prohibited-attr', {'#a': P}, "<img id='a' src='x.png' alt='' aria-label='Logo'>"),
    ('aria-prohibited-attr', {'#a': F},
     "<div id='a' role='generic' aria-labelledby='l'>y</div><span id='l'>z</span>"),
    ('aria-prohibited-attr', {'#a': F},
     "<del id='a' aria-label='x'>y</del><ins id='b' aria-label='x'>y</ins>"),
    ('aria-prohibited-attr', {'#a': P}, "<output id='a' aria-label='x'>y</output>"),
    ('aria-prohibited-attr', {'#a': P}, "<dfn id='a' aria-label='x'>y</dfn>"),
    ('aria-prohibited-attr', {'#a': F},
     "<div id='a' role='presentation' tabindex='0' aria-label='x'>y</div>"),
    ('aria-prohibited-attr', {'#a': F}, "<div id='a' role='caption' aria-label='x'>y</div>"),
    ('aria-prohibited-attr', {'#a': F}, "<a id='a' aria-label='x'>y</a>"),
    ('aria-prohibited-attr', {'#a': P}, "<section id='a' aria-label=''>y</section>"),
    # HTML-AAM: section is region only with an accessible name, else generic (which prohibits
    # aria-labelledby); the reference that was to name it finds nothing, so the judged role
    # hangs on the judged attribute: cant_tell, never a false failure
    ('aria-prohibited-attr', {'#a': CT}, "<section id='a' aria-labelledby='nope'>y</section>"),
    # HTML-AAM (cited for implicit roles): a header scoped to article/aside/main/nav/section is
    # generic, on which WAI-ARIA 1.2 prohibits aria-label
    ('aria-prohibited-attr', {'#a': F},
     "<article><header id='a' aria-label='x'>y</header></article>"),
    ('aria-prohibited-attr', {'#a': P},
     "<img id='a' src='x.png' alt='' aria-labelledby='l'><span id='l'>z</span>"),
    # --- aria-required-parent ------------------------------------------------------------
    # ff89c9: an element "included in the accessibility tree" with an explicit role that has a
    # required context role, "except if the element has an implicit semantic role that is
    # identical"; "the child in the accessibility tree" of a required context role.
    ('aria-required-parent', {'#a': P},
     "<div role='list'><div role='none'><div id='a' role='listitem'>x</div></div></div"
     '>'),
    ('aria-required-parent', {'#a': NA}, "<ul><li id='a' role='listitem'>x</li></ul>"),
    ('aria-required-parent', {'#a': P},
     "<div role='menu'><div role='group'><div id='a' role='menuitem'>x</div></div></di"
     'v>'),
    ('aria-required-parent', {'#a': P},
     "<div role='grid'><div id='a' role='row'><div role='gridcell'>x</div></div></div>"),
    ('aria-required-parent', {'#a': NA}, "<table><tr><td id='a' role='cell'>x</td></tr></table>"),
    ('aria-required-parent', {'#a': NA},
     "<div role='list'><div id='a' role='listitem' aria-hidden='true'>x</div></div>"),
    ('aria-required-parent', {'#a': NA}, "<div><div id='a' role='listitem' hidden>x</div></div>"),
    ('aria-required-parent', {'#a': P},
     "<div role='foo list'><div id='a' role='listitem'>x</div></div>"),
    ('aria-required-parent', {'#a': P},
     "<div role='list' aria-owns='a'></div><div id='a' role='listitem'>x</div>"),
    ('aria-required-parent', {'#a': F},
     "<div role='listbox'><div id='a' role='treeitem'>x</div></div>"),
    ('aria-required-parent', {'#a': NA},
     "<div><div id='a' role='radio' aria-checked='false'>x</div></div>"),
    ('aria-required-parent', {'#a': F},
     "<div role='tablist'><div role='tabpanel'><div id='a' role='tab'>x</div></div></d"
     'iv>'),
    ('aria-required-parent', {'#a': P},
     "<div role='list'><template shadowrootmode='open'><slot></slot></template><div id"
     "='a' role='listitem'>x</div></div>"),
    ('aria-required-parent', {'#a': F},
     "<div role='list'><div role='group'><div id='a' role='listitem'>x</div></div></di"
     'v>'),
    ('aria-required-parent', {'#a': P},
     "<div role='grid'><div role='rowgroup'><div id='a' role='row'><div role='gridcell"
     "'>x</div></div></div></div>"),
    ('aria-required-parent', {'#a': P},
     "<div role='tree'><div role='group'><div id='a' role='treeitem'>x</div></div></di"
     'v>'),
    ('aria-required-parent', {'#a': P},
     "<ul role='menu'><li role='none'><a id='a' role='menuitem' href='/'>x</a></li></u"
     'l>'),
    ('aria-required-parent', {'#a': P},
     "<div role='row'><div id='a' role='gridcell'>x</div></div>"),
    ('aria-required-parent', {'#a': NA},
     "<div role='list'><div id='a' role='listitem' style='visibility:hidden'>x</div></"
     'div>'),
    ('aria-required-parent', {'#a': P}, "<ul><div id='a' role='listitem'>x</div></ul>"),
    ('aria-required-parent', {'#a': F},
     "<div role='toolbar'><div id='a' role='menuitem'>x</div></div>"),
    ('aria-required-parent', {'#a': F},
     "<div role='list'><div role='listitem'>x<div id='a' role='listitem'>y</div></div>"
     '</div>'),
    ('aria-required-parent', {'#a': P},
     "<div role='menu'><div role='none'><div role='none'><div id='a' role='menuitem'>x"
     '</div></div></div></div>'),
    ('aria-required-parent', {'#a': P},
     "<div role='listbox'><div role='group'><div id='a' role='option'>x</div></div></d"
     'iv>'),
    ('aria-required-parent', {'#a': P},
     "<div role='rowgroup'><div id='a' role='row'><div role='cell'>x</div></div></div>"),
    ('aria-required-parent', {'#h > div': P},
     "<div id='h' role='list'><template shadowrootmode='open'><div role='listitem'>x</"
     'div></template></div>'),
    ('aria-required-parent', {'#a': NA},
     "<div role='table'><div role='row' aria-hidden='true'><div id='a' role='cell'>x</"
     'div></div></div>'),
    ('aria-required-parent', {'#a': NA},
     "<div style='display:none'><div role='list'><div id='a' role='listitem'>x</div></"
     'div></div>'),
    # --- aria-valid-idref ----------------------------------------------------------------
    # in6db8: aria-controls on an "expanded combobox" or a "scrollbar"; "at least one of those
    # IDs must match an id attribute value in the same shadow tree or ... the same document".
    ('aria-valid-idref', {'#a': P},
     "<input id='a' role='combobox' aria-expanded='true' aria-controls='l'><ul id='l' "
     "role='listbox'><li role='option'>x</li></ul>"),
    ('aria-valid-idref', {'#a': F},
     "<input id='a' role='combobox' aria-expanded='true' aria-controls='nope'>"),
    ('aria-valid-idref', {'#a': NA},
     "<input id='a' role='combobox' aria-expanded='false' aria-controls='nope'>"),
    ('aria-valid-idref', {'#a': P},
     "<div id='a' role='scrollbar' aria-controls='nope c' aria-valuenow='0'></div><div"
     " id='c'>x</div>"),
    ('aria-valid-idref', {'#a': NA}, "<div id='a' role='button' aria-controls='nope'>x</div>"),
    ('aria-valid-idref', {'#a': P},
     "<input id='a' role='combobox' aria-expanded='true' aria-controls='  l  '><div id"
     "='l'>x</div>"),
    ('aria-valid-idref', {'#a': F},
     "<div id='a' role='scrollbar' aria-controls='C' aria-valuenow='0'></div><div id='"
     "c'>x</div>"),
    ('aria-valid-idref', {'#a': NA}, "<div id='a' role='scrollbar'></div>"),
    ('aria-valid-idref', {'#a': F},
     "<select id='a' aria-expanded='true' aria-controls='nope'><option>x</option></sel"
     'ect>'),
    ('aria-valid-idref', {'#h > input': F},
     "<div id='h'><template shadowrootmode='open'><input role='combobox' aria-expanded"
     "='true' aria-controls='l'></template></div><ul id='l'><li>x</li></ul>"),
    ('aria-valid-idref', {'#a': NA}, "<input id='a' role='combobox' aria-expanded='true'>"),
    ('aria-valid-idref', {'#a': NA},
     "<input id='a' role='combobox' aria-expanded='mixed' aria-controls='nope'>"),
    ('aria-valid-idref', {'html > body > iframe >>> #a': F},
     '<ul id=\'l\'><li>x</li></ul><iframe title=\'f\' srcdoc="<input id=\'a\' role=\'combobox'
     '\' aria-expanded=\'true\' aria-controls=\'l\'>"></iframe>'),
    ('aria-valid-idref', {'#a': F},
     "<div id='a' role='scrollbar' aria-controls='  ' aria-valuenow='0'></div>"),
    ('aria-valid-idref', {'#a': F},
     "<input id='a' role='combobox' aria-expanded='true' aria-controls='l'><template><"
     "ul id='l'></ul></template>"),
    ('aria-valid-idref', {'#a': P},
     "<input id='a' role='combobox' aria-expanded='true' aria-controls='l'><ul id='l' "
     'hidden></ul>'),
    ('aria-valid-idref', {'#a': F},
     "<input id='a' role='combobox' aria-expanded='true' aria-controls='L'><ul id='l'>"
     '</ul>'),
    ('aria-valid-idref', {'#a': NA},
     "<select id='a' size='5' aria-expanded='true' aria-controls='nope'><option>x</opt"
     'ion></select>'),
    ('aria-valid-idref', {'#a': F},
     "<input id='a' list='d' aria-expanded='true' aria-controls='nope'><datalist id='d"
     "'></datalist>"),
    # --- aria-required-children ----------------------------------------------------------
    # bc4a75: "included in the accessibility tree" with a role that has required owned elements,
    # "except if ... an inclusive ancestor ... with an aria-busy attribute value of true"; "only
    # owns elements" from the list.
    ('aria-required-children', {'#a': P}, "<ul id='a'></ul>"),
    ('aria-required-children', {'#a': NA},
     "<div id='a' role='list' aria-busy='true'><span role='button'>x</span></div>"),
    ('aria-required-children', {'#a': NA},
     "<div aria-busy='true'><div id='a' role='list'><div role='button'>x</div></div></"
     'div>'),
    ('aria-required-children', {'#a': F},
     "<div id='a' role='tablist'><div role='tab'>x</div><div role='button'>y</div></di"
     'v>'),
    ('aria-required-children', {'#a': NA},
     "<div id='a' role='list' hidden><div role='button'>x</div></div>"),
    ('aria-required-children', {'#a': P},
     "<div id='a' role='listbox'><div role='group'><div role='option'>x</div></div></d"
     'iv>'),
    ('aria-required-children', {'#a': P},
     "<select id='a' multiple><option>x</option><optgroup label='g'><option>y</option>"
     '</optgroup></select>'),
    ('aria-required-children', {'#a': P}, "<div id='a' role='feed'><article>x</article></div>"),
    ('aria-required-children', {'#a': P},
     "<ol id='a'><li>x</li><template><p>y</p></template><script>var x;</script></ol>"),
    ('aria-required-children', {'#a': P},
     "<div id='a' role='grid'><div role='rowgroup'><div role='row'><div role='gridcell"
     "'>x</div></div></div></div>"),
    ('aria-required-children', {'#a': F},
     "<div id='a' role='menu'><div role='menuitem'>x</div><a href='/'>y</a></div>"),
    ('aria-required-children', {'#a': P},
     "<div id='a' role='list' aria-owns='o'></div><div id='o' role='listitem'>x</div>"),
    ('aria-required-children', {'#a': P},
     "<div id='a' role='list'><template shadowrootmode='open'><div role='listitem'>x</"
     'div></template></div>'),
    ('aria-required-children', {'#a': F},
     "<div id='a' role='list'><template shadowrootmode='open'><button>x</button></temp"
     'late></div>'),
    ('aria-required-children', {'#a': P},
     "<div id='a' role='table'><div role='row'><div role='cell'>x</div></div></div>"),
    ('aria-required-children', {'#a': F},
     "<div id='a' role='table'><div role='cell'>x</div></div>"),
    ('aria-required-children', {'#a': P},
     "<div id='a' role='row'><div role='cell'>x</div><div role='columnheader'>y</div><"
     '/div>'),
    ('aria-required-children', {'#a': P},
     "<div id='a' role='tree'><div role='treeitem'>x</div><div role='group'><div role="
     "'treeitem'>y</div></div></div>"),
    ('aria-required-children', {'#a': P},
     "<div id='a' role='listbox'><div role='option' aria-hidden='true'>x</div></div>"),
    ('aria-required-children', {'#a': P},
     "<div id='a' role='list'><div role='listitem'>x</div><div role='presentation'><di"
     "v role='listitem'>y</div></div></div>"),
    ('aria-required-children', {'#a': P}, "<ul id='a'><li>x</li><li hidden>y</li></ul>"),
    ('aria-required-children', {'#a': F},
     "<div id='a' role='list'><span role='listitem'>x</span><a href='/'>y</a></div>"),
    ('aria-required-children', {'#a': P},
     "<div id='a' role='tablist'><div role='tab'>x</div><div role='tab' hidden>y</div>"
     '</div>'),
    ('aria-required-children', {'#a': P},
     "<div id='a' role='listbox'><div role='option'>x</div><div role='none'><div role="
     "'option'>y</div></div></div>"),
    ('aria-required-children', {'#a': P},
     "<div id='a' role='grid'><div role='row'><div role='gridcell'>x</div></div><div r"
     "ole='row' aria-hidden='true'><button>y</button></div></div>"),
    ('aria-required-children', {'#a': F},
     "<div id='a' role='rowgroup'><div role='cell'>x</div></div>"),
    ('aria-required-children', {'#a': F}, "<ul id='a'><li>x</li><p>y</p></ul>"),
    ('aria-required-children', {'#a': NA},
     "<div id='a' role='combobox'><div role='button'>x</div></div>"),
    # --- aria-valid-attr-value -----------------------------------------------------------
    # 6a7281: a state or property "that has a non-empty (\"\") attribute value" on an HTML or
    # SVG element; "valid according to its WAI-ARIA value type"; ID references need no
    # referenced element.
    ('aria-valid-attr-value', {'#a': P}, "<div id='a' role='switch' aria-checked='mixed'>x</div>"),
    ('aria-valid-attr-value', {'#a': F}, "<div id='a' aria-hidden='yes'>x</div>"),
    ('aria-valid-attr-value', {'#a': F}, "<div id='a' role='heading' aria-level='2.5'>x</div>"),
    ('aria-valid-attr-value', {'#a': NA}, "<button id='a' aria-expanded=''>x</button>"),
    ('aria-valid-attr-value', {'#a': P},
     "<div id='a' aria-live='polite' aria-relevant='additions text'>x</div>"),
    ('aria-valid-attr-value', {'#a': F},
     "<div id='a' aria-live='polite' aria-relevant='additions foo'>x</div>"),
    ('aria-valid-attr-value', {'#a': P}, "<button id='a' aria-controls='nope'>x</button>"),
    ('aria-valid-attr-value', {'#a': F}, "<input id='a' aria-invalid='grammar spelling'>"),
    ('aria-valid-attr-value', {'#a': P}, "<div id='a' role='listitem' aria-posinset='0'>x</div>"),
    ('aria-valid-attr-value', {'#a': P},
     "<div id='a' role='grid' aria-colcount='-1'><div role='row'><div role='gridcell'>"
     'x</div></div></div>'),
    ('aria-valid-attr-value', {'#a': F}, "<div id='a' role='slider' aria-valuenow='abc'>x</div>"),
    # 6a7281 applies to a non-empty attribute value, and its *attribute value* "may differ from
    # the value that is actually written ... due to trimming whitespace": a blank aria-label is
    # not a target
    ('aria-valid-attr-value', {'#a': NA}, "<div id='a' role='button' aria-label='   '>x</div>"),
    ('aria-valid-attr-value', {'#a': P}, "<div id='a' aria-dropeffect='copy move'>x</div>"),
    ('aria-valid-attr-value', {'#a': P},
     "<div id='a' role='button' aria-haspopup='dialog'>x</div>"),
    ('aria-valid-attr-value', {'#a': F},
     "<div id='a' role='slider' aria-valuenow='1' aria-orientation='diagonal'>x</div>"),
    ('aria-valid-attr-value', {'#a': F},
     "<input id='a' role='combobox' aria-expanded='false' aria-autocomplete='inline li"
     "st'>"),
    ('aria-valid-attr-value', {'#a': P}, "<a id='a' href='/' aria-current='date'>x</a>"),
    ('aria-valid-attr-value', {'#a': F}, "<button id='a' aria-haspopup='foo'>x</button>"),
    ('aria-valid-attr-value', {'#a': F}, "<div id='a' aria-live='rude'>x</div>"),
    ('aria-valid-attr-value', {'#a': P},
     "<div id='a' role='checkbox' aria-checked='undefined'>x</div>"),
    ('aria-valid-attr-value', {'#a': P},
     "<div id='a' role='row' aria-rowindex='1'><div role='cell'>x</div></div>"),
    # WAI-ARIA 1.2 integer: "a numerical value without a fractional component"; 1.0 is one
    # written with a zero fraction: the type does not settle it
    ('aria-valid-attr-value', {'#a': CT},
     "<div id='a' role='row' aria-rowindex='1.0'><div role='cell'>x</div></div>"),
    ('aria-valid-attr-value', {'#a': P},
     "<div id='a' role='slider' aria-valuenow='-5.5' aria-valuemin='-10.25'>x</div>"),
    ('aria-valid-attr-value', {'#a': P}, "<div id='a' role='listitem' aria-setsize='-1'>x</div>"),
    ('aria-valid-attr-value', {'#a': F}, "<svg id='a' aria-hidden='nope'></svg>"),
    ('aria-valid-attr-value', {'#a': F}, "<div id='a' role='dialog' aria-modal='1'>x</div>"),
    # --- aria-allowed-attr ---------------------------------------------------------------
    # 5c01ea: global, or "inherited, supported, or required" for the semantic role, or allowed
    # by ARIA in HTML.
    ('aria-allowed-attr', {'#a': P},
     "<div id='a' role='checkbox' aria-checked='true' aria-required='true'>x</div>"),
    ('aria-allowed-attr', {'#a': P}, "<a id='a' href='/' aria-expanded='false'>x</a>"),
    ('aria-allowed-attr', {'#a': F}, "<h2 id='a' aria-checked='true'>x</h2>"),
    ('aria-allowed-attr', {'#a': P}, "<input id='a' type='checkbox' aria-checked='true'>"),
    ('aria-allowed-attr', {'#a': NA}, "<div id='a' aria-checked='true' hidden>x</div>"),
    ('aria-allowed-attr', {'#a': P},
     "<div role='treegrid'><div id='a' role='row' aria-level='1'><div role='gridcell'>"
     'x</div></div></div>'),
    ('aria-allowed-attr', {'#a': F},
     "<table><tr><td id='a' aria-sort='ascending'>x</td></tr></table>"),
    ('aria-allowed-attr', {'#a': P},
     "<table><tr><th id='a' aria-sort='ascending'>x</th></tr><tr><td>y</td></tr></tabl"
     'e>'),
    ('aria-allowed-attr', {'#a': P}, "<input id='a' type='text' aria-placeholder='x'>"),
    ('aria-allowed-attr', {'#a': F},
     "<svg id='a' role='img' aria-label='x' aria-checked='true'></svg>"),
    ('aria-allowed-attr', {'#a': P},
     "<div id='a' role='separator' tabindex='0' aria-valuenow='5'></div>"),
    ('aria-allowed-attr', {'#a': F}, "<div id='a' aria-expanded='true'>x</div>"),
    ('aria-allowed-attr', {'#a': P}, "<input id='a' type='range' aria-valuenow='3'>"),
    ('aria-allowed-attr', {'#a': NA},
     "<div aria-hidden='true'><div id='a' aria-pressed='true'>x</div></div>"),
    ('aria-allowed-attr', {'#a': F}, "<input id='a' type='text' aria-checked='true'>"),
    ('aria-allowed-attr', {'#a': P},
     "<div role='tablist'><div id='a' role='tab' aria-selected='true' aria-expanded='f"
     "alse'>x</div></div>"),
    ('aria-allowed-attr', {'#a': P},
     "<div role='listbox'><div id='a' role='option' aria-checked='true'>x</div></div>"),
    ('aria-allowed-attr', {'#a': P},
     "<ul><li id='a' aria-setsize='3' aria-posinset='1'>x</li></ul>"),
    ('aria-allowed-attr', {'#a': F}, "<div id='a' role='img' aria-label='x' aria-level='1'></div>"),
    ('aria-allowed-attr', {'#a': F}, "<button id='a' aria-checked='true'>x</button>"),
    ('aria-allowed-attr', {'#a': F}, "<a id='a' href='/' aria-pressed='true'>x</a>"),
    ('aria-allowed-attr', {'#a': P}, "<input id='a' type='search' aria-autocomplete='list'>"),
    ('aria-allowed-attr', {'#a': P}, "<textarea id='a' aria-multiline='true'></textarea>"),
    ('aria-allowed-attr', {'#h > div': F},
     "<div id='h'><template shadowrootmode='open'><div aria-checked='true'>x</div></te"
     'mplate></div>'),
    ('aria-allowed-attr', {'#a': P},
     "<table role='grid'><tr><td id='a' aria-selected='true'>x</td></tr></table>"),
    ('aria-allowed-attr', {'#a': P},
     "<input id='a' type='text' list='d' aria-expanded='false'><datalist id='d'></data"
     'list>'),
    ('aria-allowed-attr', {'#a': P}, "<input id='a' type='number' aria-valuenow='3'>"),
    ('aria-allowed-attr', {'#a': P}, "<hr id='a' aria-orientation='vertical'>"),
    ('aria-allowed-attr', {'#a': P}, "<progress id='a' aria-valuenow='3' max='5'></progress>"),
    ('aria-allowed-attr', {'#a': P}, "<meter id='a' aria-valuenow='3' value='3' max='5'></meter>"),
    ('aria-allowed-attr', {'#a': P},
     "<select id='a' size='4' aria-multiselectable='true'><option>x</option></select>"),
    ('aria-allowed-attr', {'#a': P},
     "<select><option id='a' aria-checked='true'>x</option></select>"),
    ('aria-allowed-attr', {'#a': P}, "<dialog id='a' open aria-modal='true'>x</dialog>"),
    ('aria-allowed-attr', {'#a': P}, "<div id='a' role='group' aria-activedescendant='x'>y</div>"),
    ('aria-allowed-attr', {'#a': P},
     "<div id='a' role='article' aria-posinset='1' aria-setsize='2'>y</div>"),
    ('aria-allowed-attr', {'#a': P},
     "<div id='a' role='listbox' aria-readonly='true'><div role='option'>x</div></div>"),
    ('aria-allowed-attr', {'#a': F}, "<div id='a' role='button' aria-required='true'>y</div>"),
    ('aria-allowed-attr', {'#a': P}, "<input id='a' type='text' aria-required='true' required>"),
    ('aria-allowed-attr', {'#a': F}, "<div id='a' role='tooltip' aria-expanded='true'>y</div>"),
    ('aria-allowed-attr', {'#a': P},
     "<div role='row'><div id='a' role='rowheader' aria-sort='none'>y</div></div>"),
    ('aria-allowed-attr', {'#a': F},
     "<div id='a' role='heading' aria-level='1' aria-expanded='true'>y</div>"),
    ('aria-allowed-attr', {'#a': P}, "<div id='a' role='application' aria-expanded='true'>y</div>"),
    ('aria-allowed-attr', {'#a': P},
     "<div role='tree'><div id='a' role='treeitem' aria-expanded='true' aria-level='1'"
     '>y</div></div>'),
    ('aria-allowed-attr', {'#a': P}, "<input id='a' type='email' aria-multiline='false'>"),
    ('aria-allowed-attr', {'#a': P}, "<input id='a' type='password' aria-required='true'>"),
    # WAI-ARIA 1.2 keeps aria-disabled, aria-invalid, aria-errormessage, aria-haspopup global
    # (deprecated on roles that do not need them): still "a global state or property".
    ('aria-allowed-attr', {'#a': P}, "<div id='a' aria-disabled='true'>x</div>"),
    ('aria-allowed-attr', {'#a': P}, "<p id='a' aria-invalid='true' aria-errormessage='e'>x</p>"),
    ('aria-allowed-attr', {'#a': F}, "<body id='a' aria-expanded='true'></body>"),
    ('aria-allowed-attr', {'#a': P},
     "<input id='a' type='range' aria-valuetext='low' aria-readonly='true'>"),
    ('aria-allowed-attr', {'#a': P},
     "<div id='a' role='progressbar' aria-valuenow='3' aria-valuemax='5'></div>"),
    # --- aria-required-attr --------------------------------------------------------------
    # 4e8ab6: explicit role, "included in the accessibility tree", implicit role not identical;
    # required states "set and not empty", unless WAI-ARIA 1.2 lists an implicit value (heading
    # has none since w3c/aria#942).
    ('aria-required-attr', {'#a': F}, "<div id='a' role='checkbox'>x</div>"),
    ('aria-required-attr', {'#a': NA}, "<input id='a' type='checkbox' role='checkbox'>"),
    ('aria-required-attr', {'#a': F}, "<div id='a' role='checkbox' aria-checked=''>x</div>"),
    ('aria-required-attr', {'#a': NA}, "<div id='a' role='checkbox' hidden>x</div>"),
    ('aria-required-attr', {'#a': F}, "<div id='a' role='foo checkbox'>x</div>"),
    ('aria-required-attr', {'#a': P}, "<div id='a' role='radio' aria-checked='false'>x</div>"),
    ('aria-required-attr', {'#a': NA}, "<h1 id='a' role='heading'>x</h1>"),
    ('aria-required-attr', {'#a': NA},
     "<div aria-hidden='true'><div id='a' role='switch'>x</div></div>"),
    ('aria-required-attr', {'#a': P}, "<div id='a' role='button'>x</div>"),
    ('aria-required-attr', {'#a': P}, "<div id='a' role='meter' aria-valuenow='5'>x</div>"),
    ('aria-required-attr', {'#a': P}, "<input id='a' type='checkbox' role='switch'>"),
    ('aria-required-attr', {'#a': P},
     "<div role='menu'><input id='a' type='radio' role='menuitemradio'></div>"),
    ('aria-required-attr', {'#a': F}, "<div id='a' role='checkbox' aria-checked='   '>x</div>"),
    ('aria-required-attr', {'#a': F}, "<svg><circle id='a' role='checkbox' r='4'></circle></svg>"),
    ('aria-required-attr', {'#a': NA}, "<div id='a' role='foo'>x</div>"),
    ('aria-required-attr', {'#a': F}, "<div id='a' role='checkbox none'>x</div>"),
    ('aria-required-attr', {'#a': NA}, "<div id='a' role='none checkbox'>x</div>"),
    # --- aria-roles ----------------------------------------------------------------------
    # 674b10: a role "neither empty nor only ASCII whitespace" on an element "which is not
    # programmatically hidden"; "at least one token which is a valid value corresponding to a
    # non-abstract role".
    ('aria-roles', {'#a': NA}, "<div id='a' role=' '>x</div>"),
    ('aria-roles', {'#a': F}, "<div id='a' role='foo bar'>x</div>"),
    ('aria-roles', {'#a': P}, "<div id='a' role='foo button'>x</div>"),
    ('aria-roles', {'#a': F}, "<div id='a' role='command'>x</div>"),
    ('aria-roles', {'#a': P}, "<div id='a' role='doc-chapter'>x</div>"),
    ('aria-roles', {'#a': P}, "<svg id='a' role='graphics-document'></svg>"),
    ('aria-roles', {'#a': NA}, "<div style='display:none'><span id='a' role='foo'>x</span></div>"),
    ('aria-roles', {'#a': F},
     "<div id='a' role='foo' style='position:absolute;left:-9999px'>x</div>"),
    ('aria-roles', {'#a': F}, "<div id='a' role='foo' style='opacity:0'>x</div>"),
    ('aria-roles', {'#a': P}, "<div id='a' role='none presentation'>x</div>"),
    ('aria-roles', {'#a': F}, "<div id='a' role='landmark roletype'>x</div>"),
    ('aria-roles', {'#a': P}, "<div id='a' role='\tbutton\n'>x</div>"),
    ('aria-roles', {'#a': P}, "<div id='a' role='directory'>x</div>"),
    ('aria-roles', {'#a': NA}, "<div id='a' role='foo' style='visibility:collapse'>x</div>"),
    ('aria-roles', {'#a': F}, "<div id='a' role='foo' aria-hidden='false'>x</div>"),
    ('aria-roles', {'#h > span': F},
     "<div id='h'><template shadowrootmode='open'><span role='foo'>x</span></template>"
     '</div>'),
    ('aria-roles', {'#a': P}, "<div id='a' role='graphics-object'>x</div>"),
    ('aria-roles', {'#a': F}, "<div id='a' role='doc-foo'>x</div>"),
    ('aria-roles', {'#a': F}, "<div id='a' role='structure widget input'>x</div>"),
    ('aria-roles', {'#a': F}, "<svg><circle id='a' role='foo' r='5'></circle></svg>"),
    ('aria-roles', {'#a': P}, "<div id='a' role='alertdialog'>x</div>"),
    ('aria-roles', {'#a': NA}, "<dialog><div id='a' role='foo'>x</div></dialog>"),
    ('aria-roles', {'#a': NA}, "<template><div id='a' role='foo'>x</div></template>"),
    ('aria-roles', {'#a': NA}, "<noscript><div id='a' role='foo'>x</div></noscript>"),
    ('aria-roles', {'#a': P}, "<div id='a' role='doc-glossref'>x</div>"),
    ('aria-roles', {'#a': F}, "<div id='a' role='graphics-foo'>x</div>"),
    ('aria-roles', {'#a': F},
     "<div id='a' role='widget window composite range section select'>x</div>"),
    ('aria-roles', {'#a': P}, "<div id='a' role='menuitem foo'>x</div>"),
    # --- aria-hidden-focus ---------------------------------------------------------------
    # 6cfa84: aria-hidden="true"; no "inclusive descendant in the flat tree" that is focusable
    # and in sequential focus navigation.
    ('aria-hidden-focus', {'#a': F}, "<div id='a' aria-hidden='true'><a href='/'>x</a></div>"),
    ('aria-hidden-focus', {'#a': P}, "<div id='a' aria-hidden='true'><a>x</a></div>"),
    ('aria-hidden-focus', {'#a': P},
     "<div id='a' aria-hidden='true'><button disabled>x</button><input type='hidden'><"
     '/div>'),
    ('aria-hidden-focus', {'#a': P},
     "<div id='a' aria-hidden='true'><a href='/' style='display:none'>x</a></div>"),
    ('aria-hidden-focus', {'#a': F},
     "<div id='a' aria-hidden='true'><div tabindex='0'>x</div></div>"),
    ('aria-hidden-focus', {'#a': P},
     "<div id='a' aria-hidden='true'><fieldset disabled><button>x</button></fieldset><"
     '/div>'),
    ('aria-hidden-focus', {'#a': F},
     "<div id='a' aria-hidden='true'><details><summary>x</summary>y</details></div>"),
    ('aria-hidden-focus', {'#a': P},
     "<div id='a' aria-hidden='true'><a href='/' style='visibility:hidden'>x</a></div>"),
    ('aria-hidden-focus', {'#a': NA}, "<div id='a' aria-hidden='false'><button>x</button></div>"),
    ('aria-hidden-focus', {'#a': F},
     "<div id='a' aria-hidden='true'><div contenteditable='true'>x</div></div>"),
    ('aria-hidden-focus', {'#a': F},
     "<div id='a' aria-hidden='true'><select><option>x</option></select></div>"),
    ('aria-hidden-focus', {'#a': P},
     "<div id='a' aria-hidden='true'><button hidden>x</button></div>"),
    ('aria-hidden-focus', {'#a': P},
     "<div id='a' aria-hidden='true' inert><button>x</button></div>"),
    ('aria-hidden-focus', {'#a': F},
     "<div id='a' aria-hidden='true'><div><template shadowrootmode='open'><button>x</b"
     'utton></template></div></div>'),
    ('aria-hidden-focus', {'#a': P},
     "<div id='a' aria-hidden='true'><a href='/' tabindex='-1'>x</a><input disabled></"
     'div>'),
    ('aria-hidden-focus', {'#a': F},
     "<div id='a' aria-hidden='true'><a href='/' tabindex='-1'><span tabindex='0'>x</s"
     'pan></a></div>'),
    ('aria-hidden-focus', {'#a': P}, "<button id='a' aria-hidden='true' tabindex='-1'>x</button>"),
    ('aria-hidden-focus', {'#a': F}, "<button id='a' aria-hidden='true'>x</button>"),
    ('aria-hidden-focus', {'#a': P},
     "<div id='a' aria-hidden='true'><details><summary tabindex='-1'>x</summary>y</det"
     'ails></div>'),
    ('aria-hidden-focus', {'#a': F}, "<div id='a' aria-hidden='true'><textarea></textarea></div>"),
    ('aria-hidden-focus', {'#a': P},
     "<div id='a' aria-hidden='true'><div tabindex='-1' contenteditable='true'>x</div>"
     '<button inert>y</button></div>'),
    ('aria-hidden-focus', {'#a': F},
     "<div id='a' aria-hidden='true'><div style='visibility:hidden'><button style='vis"
     "ibility:visible'>x</button></div></div>"),
    ('aria-hidden-focus', {'#a': F}, "<div id='a' aria-hidden='true'><a href=''>x</a></div>"),
    ('aria-hidden-focus', {'#a': F},
     "<div id='a' aria-hidden='true'><svg><a href='/'><text>x</text></a></svg></div>"),
    ('aria-hidden-focus', {'#a': P}, "<div id='a' aria-hidden='true'><summary>x</summary></div>"),
    ('aria-hidden-focus', {'#a': P},
     "<div id='a' aria-hidden='true'><dialog><button>x</button></dialog></div>"),
    ('aria-hidden-focus', {'#a': P},
     "<div id='a' aria-hidden='true'><template><button>x</button></template></div>"),
    ('aria-hidden-focus', {'#a': P},
     "<div id='a' aria-hidden='true'><noscript><button>x</button></noscript></div>"),
    ('aria-hidden-focus', {'#a': F},
     "<div id='a' aria-hidden='true'><fieldset disabled><legend><button>x</button></le"
     'gend></fieldset></div>'),
    ('aria-hidden-focus', {'#a': F},
     "<div id='a' aria-hidden='true'><input type='radio' name='r'><input type='radio' "
     "name='r' checked></div>"),
    ('aria-hidden-focus', {'#a': P},
     "<div id='a' aria-hidden='true'><button style='display:none'>x</button><span tabi"
     "ndex='-1'>y</span></div>"),
    # --- presentation-role-conflict ------------------------------------------------------
    # 46ca7f: "any element which is marked as decorative"; "either is not included in the
    # accessibility tree or has a semantic role of none or presentation".
    ('presentation-role-conflict', {'#a': P}, "<img id='a' src='x.png' alt=''>"),
    ('presentation-role-conflict', {'#a': F}, "<img id='a' src='x.png' alt='' tabindex='0'>"),
    ('presentation-role-conflict', {'#a': P},
     "<span id='a' role='presentation' aria-hidden='true' tabindex='0'>x</span>"),
    ('presentation-role-conflict', {'#a': F},
     "<nav id='a' role='none' aria-describedby='d'>x</nav><p id='d'>y</p>"),
    ('presentation-role-conflict', {'#a': P},
     "<div id='a' role='none' aria-checked='true'>x</div>"),
    ('presentation-role-conflict', {'#a': F}, "<button id='a' role='none'>x</button>"),
    ('presentation-role-conflict', {'#a': P}, "<button id='a' role='none' disabled>x</button>"),
    ('presentation-role-conflict', {'#a': F},
     "<div id='a' role='presentation' aria-live='polite'>x</div>"),
    ('presentation-role-conflict', {'#a': P}, "<div id='a' role='foo none'>x</div>"),
    ('presentation-role-conflict', {'#a': NA}, "<img id='a' src='x.png' alt=' ' tabindex='0'>"),
    ('presentation-role-conflict', {'#a': P}, "<ul><li id='a' role='none'>x</li></ul>"),
    ('presentation-role-conflict', {'#a': NA}, "<div id='a' role='button none'>x</div>"),
    ('presentation-role-conflict', {'#h > img': F},
     "<div id='h'><template shadowrootmode='open'><img src='x.png' alt='' tabindex='0'"
     '></template></div>'),
    ('presentation-role-conflict', {'#a': F}, "<img id='a' src='x.png' alt='' aria-label='Logo'>"),
    ('presentation-role-conflict', {'#a': NA},
     "<img id='a' src='x.png' alt='' role='img' aria-label='x'>"),
    ('presentation-role-conflict', {'#a': F},
     "<svg id='a' role='presentation' tabindex='0'></svg>"),
    ('presentation-role-conflict', {'#a': P},
     "<img id='a' src='x.png' alt='' style='display:none' tabindex='0'>"),
    ('presentation-role-conflict', {'#a': F}, "<img id='a' src='x.png' alt='' tabindex='-1'>"),
    ('presentation-role-conflict', {'#a': F},
     "<div id='a' role='none' contenteditable='true'>x</div>"),
    ('presentation-role-conflict', {'#a': F}, "<input id='a' role='none' type='text'>"),
    ('presentation-role-conflict', {'#a': P}, "<input id='a' role='none' type='text' disabled>"),
    ('presentation-role-conflict', {'#a': F},
     "<div id='a' role='none' aria-hidden='false' tabindex='0'>x</div>"),
    ('presentation-role-conflict', {'#a': P},
     "<img id='a' src='x.png' alt='' aria-hidden='true' aria-label='x'>"),
    ('presentation-role-conflict', {'#a': F},
     "<img id='a' src='x.png' alt='' aria-labelledby='l'><span id='l'>Logo</span>"),
    ('presentation-role-conflict', {'#a': P},
     "<dialog><button id='a' role='none'>x</button></dialog>"),
    ('presentation-role-conflict', {'#a': P}, "<a id='a' role='none'>x</a>"),
    ('presentation-role-conflict', {'#a': F}, "<a id='a' role='none' href='/'>x</a>"),
    # --- nested-interactive --------------------------------------------------------------
    # 307n5z: a role whose children are presentational; no "descendants in the flat tree that
    # are part of sequential focus navigation".
    ('nested-interactive', {'#a': F}, "<button id='a'><a href='/'>x</a></button>"),
    ('nested-interactive', {'#a': P},
     "<div id='a' role='button'><span tabindex='-1'>x</span></div>"),
    ('nested-interactive', {'#a': F}, "<div id='a' role='tab'><button>x</button></div>"),
    ('nested-interactive', {'#a': F}, "<div id='a' role='option'><input type='checkbox'></div>"),
    ('nested-interactive', {'#a': F}, "<div id='a' role='img'><a href='/'>x</a></div>"),
    ('nested-interactive', {'#a': P}, "<div id='a' role='progressbar'><a>x</a></div>"),
    ('nested-interactive', {'#a': P},
     "<div id='a' role='checkbox' aria-checked='false'><button disabled>x</button></di"
     'v>'),
    ('nested-interactive', {'#a': NA}, "<div id='a' role='link'><button>x</button></div>"),
    ('nested-interactive', {'#a': P},
     "<button id='a'><span style='display:none'><a href='/'>x</a></span></button>"),
    ('nested-interactive', {'#a': F},
     "<div id='a' role='switch' aria-checked='true'><div contenteditable='true'>x</div"
     '></div>'),
    ('nested-interactive', {'#a': F},
     "<div id='a' role='menuitemradio' aria-checked='false'><a href='/'>x</a></div>"),
    ('nested-interactive', {'#a': F},
     "<div id='a' role='meter'><select><option>x</option></select></div>"),
    ('nested-interactive', {'#a': P}, "<div id='a' role='button' hidden><a href='/'>x</a></div>"),
    ('nested-interactive', {'#a': F},
     "<button id='a'><span><template shadowrootmode='open'><a href='/'>x</a></template"
     '></span></button>'),
    ('nested-interactive', {'#a': F},
     "<div id='a' role='slider' aria-valuenow='1'><span tabindex='0'>x</span></div>"),
    ('nested-interactive', {'#a': P},
     "<div id='a' role='button'><a href='/' tabindex='-1'>x</a></div>"),
    ('nested-interactive', {'#a': F},
     "<div id='a' role='img' aria-label='x'><svg><a href='/'><text>y</text></a></svg><"
     '/div>'),
    ('nested-interactive', {'#a': F}, "<div id='a' role='separator'><a href='/'>x</a></div>"),
    ('nested-interactive', {'#a': F},
     "<button id='a'><details><summary>x</summary>y</details></button>"),
    ('nested-interactive', {'#a': P},
     "<div id='a' role='option'><span role='button'>x</span></div>"),
    ('nested-interactive', {'#a': F}, "<button id='a' disabled><a href='/'>x</a></button>"),
    ('nested-interactive', {'#a': P},
     "<div id='a' role='button'><dialog><a href='/'>x</a></dialog></div>"),
    ('nested-interactive', {'#a': P}, "<div id='a' role='button'><summary>x</summary></div>"),
    ('nested-interactive', {'#a': F},
     "<div id='a' role='tab'><template shadowrootmode='open'><slot></slot></template><"
     "a href='/'>x</a></div>"),
    ('nested-interactive', {'#a': P},
     "<div id='a' role='tab'><template shadowrootmode='open'><p>y</p></template><a hre"
     "f='/'>x</a></div>"),
    ('nested-interactive', {'#a': P}, "<div id='a' role='button'><a href='/' inert>x</a></div>"),
    ('nested-interactive', {'#a': P}, "<div id='a' role='button' inert><a href='/'>x</a></div>"),
    # --- button-name ---------------------------------------------------------------------
    # 97a4e1: "included in the accessibility tree" with a semantic role of button, "except for
    # input elements with a type attribute value of image"; a non-empty accessible name.
    ('button-name', {'#a': P}, "<button id='a' title='Save'></button>"),
    ('button-name', {'#a': F}, "<button id='a'><img src='x.png' alt=''></button>"),
    ('button-name', {'#a': P}, "<button id='a'><img src='x.png' alt='Save'></button>"),
    ('button-name', {'#a': P}, "<input id='a' type='submit'>"),
    ('button-name', {'#a': P}, "<input id='a' type='reset'>"),
    ('button-name', {'#a': F}, "<input id='a' type='button'>"),
    ('button-name', {'#a': P},
     "<button id='a' aria-labelledby='l'></button><span id='l' hidden>Save</span>"),
    ('button-name', {'#a': F}, "<button id='a' role='presentation'></button>"),
    ('button-name', {'#a': NA}, "<button id='a' style='display:none'></button>"),
    ('button-name', {'#a': F}, "<button id='a'><span aria-hidden='true'>X</span></button>"),
    ('button-name', {'#a': NA}, "<input id='a' type='image' src='x.png'>"),
    ('button-name', {'#a': P}, "<button id='a' aria-label='  '>Save</button>"),
    ('button-name', {'#a': P}, "<button id='a' aria-labelledby='nope'>Save</button>"),
    ('button-name', {'#a': F},
     "<button id='a'><span style='visibility:hidden'>Save</span></button>"),
    ('button-name', {'#a': P}, "<button id='a'><svg role='img' aria-label='Close'></svg></button>"),
    ('button-name', {'#a': P}, "<input id='a' type='button' value='Go'>"),
    ('button-name', {'#a': NA}, "<button id='a' role='link'></button>"),
    ('button-name', {'#a': P},
     "<button id='a' class='x'></button>",
     "<style>.x::before{content:'Save'}</style>"),
    ('button-name', {'#a': P}, "<label>Save <button id='a'></button></label>"),
    ('button-name', {'#a': P}, "<label for='a'>Save</label><button id='a'></button>"),
    ('button-name', {'#h > button': P},
     "<div id='h'><template shadowrootmode='open'><button><slot></slot></button></temp"
     'late>Save</div>'),
    ('button-name', {'#h > button': F},
     "<div id='h'><template shadowrootmode='open'><button aria-labelledby='l'></button"
     "></template><span id='l'>Save</span></div>"),
    ('button-name', {'#a': P},
     "<button id='a'><span style='position:absolute;left:-9999px'>Save</span></button>"),
    ('button-name', {'#a': F}, "<div id='a' role='button' title=' '></div>"),
    ('button-name', {'#a': P},
     "<button id='a' aria-labelledby='l'></button><span id='l' aria-hidden='true'>Save"
     '</span>'),
    ('button-name', {'#a': F},
     "<div id='a' role='button' aria-describedby='d'></div><p id='d'>Save</p>"),
    ('button-name', {'#a': F},
     "<div id='a' role='button'><img src='x.png' alt='Save' aria-hidden='true'></div>"),
    ('button-name', {'#a': NA}, "<dialog><button id='a'></button></dialog>"),
    ('button-name', {'#a': NA}, "<noscript><button id='a'></button></noscript>"),
    ('button-name', {'#a': F},
     "<div style='visibility:hidden'><button id='a' style='visibility:visible'></butto"
     'n></div>'),
    ('button-name', {'#a': P},
     "<button id='a'><span class='x'></span></button>",
     "<style>.x::after{content:'Save'}</style>"),
    ('button-name', {'#a': P},
     "<button id='a' class='x' data-l='Save'></button>",
     '<style>.x::before{content:attr(data-l)}</style>'),
    ('button-name', {'#a': P}, "<button id='a' aria-labelledby='a'>Save</button>"),
    ('button-name', {'#a': P},
     "<button id='a' aria-labelledby='l'></button><span id='l' aria-label='Save'></spa"
     'n>'),
    ('button-name', {'#a': F},
     "<button id='a' aria-labelledby='l'></button><span id='l' aria-labelledby='m'></s"
     "pan><span id='m'>Save</span>"),
    ('button-name', {'#a': F}, "<button id='a' role='foo'></button>"),
    ('button-name', {'#a': F}, "<input id='a' type='checkbox' role='button'>"),
    ('button-name', {'#a': NA},
     "<style>.h{display:none}</style><button id='a' class='h'></button>"),
    ('button-name', {'#a': P}, "<button id='a' title='Save' aria-label=''></button>"),
    ('button-name', {'#a': F}, "<button id='a'><span hidden>Save</span></button>"),
    ('button-name', {'#a': F},
     "<button id='a' style='clip:rect(0 0 0 0);position:absolute'></button>"),
    ('button-name', {'#a': F}, "<button id='a' style='opacity:0'></button>"),
    ('button-name', {'#a': F}, "<button id='a' style='transform:scale(0)'></button>"),
    ('button-name', {'#a': NA},
     "<div aria-hidden='true'><div aria-hidden='false'><button id='a'></button></div><"
     '/div>'),
    # Included in the accessibility tree / HTML 4.8.7: an object that embeds an image, media or
    # a document represents that resource; its children are fallback, shown only when it
    # cannot be (as audio and video fallback). Was failed (fixed); an unknown plugin type
    # or no data keeps its fallback.
    ('button-name', {'#a': NA},
     "<object data='x.png' type='image/png' aria-label='x'><button id='a'></button></object>"),
    ('button-name', {'#a': NA},
     "<object data='x.html' type='text/html' title='x'><button id='a'></button></object>"),
    ('button-name', {'#a': F}, "<object><button id='a'></button></object>"),
    ('button-name', {'#a': F},
     "<object data='x.swf' type='application/x-shockwave-flash'><button id='a'></button>"
     "</object>"),
    ('image-alt', {'#a': NA},
     "<object data='x.png' type='image/png' aria-label='x'><img id='a' src='y.png'></object>"),
    ('object-alt', {'#a': F, '#b': NA},
     "<object id='a' data='x.png' type='image/png'><object id='b' data='y.png' type='image/png'>"
     "</object></object>"),
    # The flat tree: a slot's fallback is rendered only when nothing is assigned to it, and a
    # light child assigned to no slot is not rendered at all.
    ('button-name', {'#h > button': NA},
     "<div id='h'><template shadowrootmode='open'><slot><button></button></slot></template>"
     "<span>x</span></div>"),
    ('button-name', {'#h > button': F},
     "<div id='h'><template shadowrootmode='open'><slot><button></button></slot></template>"
     "</div>"),
    ('button-name', {'#a': NA},
     "<div id='h'><template shadowrootmode='open'><p>x</p></template><button id='a'></button>"
     "</div>"),
    ('button-name', {'#h > button': F},
     "<div id='h'><template shadowrootmode='closed'><button></button></template></div>"),
    # --- link-name -----------------------------------------------------------------------
    # c487ae: "an inheriting semantic link included in the accessibility tree"; a non-empty
    # accessible name.
    ('link-name', {'#a': F}, "<a id='a' href='/'><img src='x.png' alt=''></a>"),
    ('link-name', {'#a': P}, "<a id='a' href='/' title='Home'></a>"),
    ('link-name', {'#a': NA}, "<a id='a'>text</a>"),
    ('link-name', {'#a': P}, "<div id='a' role='link' tabindex='0'>Home</div>"),
    ('link-name', {'#a': P},
     "<img src='m.png' alt='Map' usemap='#m'><map name='m'><area id='a' href='/' alt='"
     "Home' shape='rect' coords='0,0,9,9'></map>"),
    ('link-name', {'#a': F},
     "<img src='m.png' alt='Map' usemap='#m'><map name='m'><area id='a' href='/' shape"
     "='rect' coords='0,0,9,9'></map>"),
    ('link-name', {'#a': NA}, "<a id='a' href='/' aria-hidden='true' tabindex='-1'></a>"),
    ('link-name', {'#a': NA}, "<a id='a' href='/' role='button'></a>"),
    ('link-name', {'#a': P},
     "<a id='a' href='/' aria-labelledby='l'></a><p id='l' style='display:none'>Home</"
     'p>'),
    ('link-name', {'#a': F}, "<a id='a' href='/'>  </a>"),
    ('link-name', {'#a': P}, "<a id='a' href='/' role='none'>Home</a>"),
    ('link-name', {'#a': P}, "<a id='a' href='/'><svg role='img' aria-label='Home'></svg></a>"),
    ('link-name', {'#a': F}, "<a id='a' href='/' style='position:absolute;left:-9999px'></a>"),
    ('link-name', {'#a': F}, "<div id='a' role='doc-backlink' tabindex='0'></div>"),
    ('link-name', {'#a': P},
     "<a id='a' href='/' class='x'></a>",
     "<style>.x::before{content:'Home'}</style>"),
    ('link-name', {'#a': P}, "<a id='a' href='/'><img src='x.png' alt='' aria-label='Home'></a>"),
    ('link-name', {'#a': P}, "<a id='a' href='/' aria-label=' '>Home</a>"),
    ('link-name', {'#a': F}, "<a id='a' href='/' aria-labelledby='l'></a><span id='l'> </span>"),
    ('link-name', {'#a': P}, "<a id='a' href='/'><span role='img' aria-label='Home'></span></a>"),
    ('link-name', {'#a': NA}, "<div role='menu'><a id='a' href='/' role='menuitem'></a></div>"),
    ('link-name', {'#a': F}, "<a id='a' href='/' role='doc-noteref'></a>"),
    ('link-name', {'html > body > iframe >>> #a': F},
     '<iframe title=\'f\' srcdoc="<a id=\'a\' href=\'/\'></a>"></iframe>'),
    ('link-name', {'#a': F},
     "<a id='a' href='/'><img src='x.png' alt='Home' style='display:none'></a>"),
    ('link-name', {'#a': NA},
     "<img src='m.png' alt='Map' usemap='#m'><map name='m'><area id='a' shape='rect' c"
     "oords='0,0,9,9'></map>"),
    ('link-name', {'#a': F}, "<a id='a' href='/' role='foo'></a>"),
    ('link-name', {'#a': F}, "<div id='a' role='foo link' tabindex='0'></div>"),
    ('link-name', {'#a': NA}, "<a id='a' href='/' role='heading' aria-level='2'></a>"),
    ('link-name', {'#a': P}, "<a id='a' href='/'><img src='x.png' title='Home'></a>"),
    ('link-name', {'#a': P}, "<a id='a' href='/'><svg aria-label='Home'></svg></a>"),
    ('link-name', {'#a': P}, "<a id='a' href='/'><span aria-label='Home'></span></a>"),
    ('link-name', {'#a': F},
     "<a id='a' href='/' aria-labelledby='l'></a><div id='l'><span hidden>Home</span><"
     '/div>'),
    ('link-name', {'#a': P},
     "<a id='a' href='/' aria-labelledby='l'></a><div id='l' hidden><span>Home</span><"
     '/div>'),
    # --- form-field-name -----------------------------------------------------------------
    # e086e5: the listed semantic roles (combobox for select) or the listed input types,
    # "included in the accessibility tree"; a non-empty accessible name.
    ('form-field-name', {'#a': P}, "<input id='a' type='text' placeholder='Search'>"),
    ('form-field-name', {'#a': P}, "<input id='a' type='text' title='Name'>"),
    ('form-field-name', {'#a': P}, "<label>Name <input id='a'></label>"),
    ('form-field-name', {'#a': F}, "<input id='a' type='color'>"),
    ('form-field-name', {'#a': NA}, "<input id='a' type='hidden'>"),
    ('form-field-name', {'#a': NA}, "<input id='a' type='text' aria-hidden='true' tabindex='-1'>"),
    ('form-field-name', {'#a': F}, "<select id='a'><option>One</option></select>"),
    ('form-field-name', {'#a': F}, "<textarea id='a'>text</textarea>"),
    ('form-field-name', {'#a': F}, "<div id='a' role='textbox' contenteditable='true'>Hello</div>"),
    ('form-field-name', {'#a': F}, "<label for='a'> </label><input id='a'>"),
    ('form-field-name', {'#a': P},
     "<input id='a' type='search' aria-labelledby='l'><span id='l' hidden>Search</span"
     '>'),
    ('form-field-name', {'#a': F},
     "<div id='a' role='slider' aria-valuenow='5' tabindex='0'></div>"),
    ('form-field-name', {'#a': NA}, "<input id='a' type='button'>"),
    ('form-field-name', {'#a': F}, "<label><input id='a' type='checkbox'></label>"),
    ('form-field-name', {'#a': F}, "<input id='a' type='date'>"),
    ('form-field-name', {'#a': F}, "<input id='a' type='text' disabled>"),
    ('form-field-name', {'#a': P},
     "<div id='a' role='checkbox' aria-checked='false' tabindex='0'>Agree</div>"),
    ('form-field-name', {'#a': P},
     "<label for='a'>A</label><label for='a'>B</label><input id='a'>"),
    ('form-field-name', {'#a': P},
     "<input id='a' aria-labelledby='l'><span id='l' style='display:none'>Name</span>"),
    ('form-field-name', {'#a': F}, "<input id='a' aria-labelledby='nope'>"),
    ('form-field-name', {'#a': F}, "<input id='a' aria-label=' '>"),
    ('form-field-name', {'#a': P}, "<select id='a' title='Pick'><option>x</option></select>"),
    ('form-field-name', {'#a': F}, "<select id='a' multiple><option>x</option></select>"),
    ('form-field-name', {'#a': F},
     "<input id='a' type='text' aria-describedby='d'><p id='d'>Name</p>"),
    ('form-field-name', {'#a': F}, "<input id='a' type='range'>"),
    ('form-field-name', {'#a': F}, "<input id='a' type='number'>"),
    ('form-field-name', {'#a': F}, "<input id='a' type='tel' placeholder=' '>"),
    ('form-field-name', {'#h > input': F},
     "<label for='h'>Name</label><div id='h'><template shadowrootmode='open'><input id"
     "='a'></template></div>"),
    ('form-field-name', {'#a': P, '#b': P},
     "<label>Name <input id='b'><input id='a' title='Other'></label>"),
    ('form-field-name', {'#a': F}, "<label>Name <input id='b'><input id='a'></label>"),
    ('form-field-name', {'#a': F},
     "<div id='a' role='searchbox' contenteditable='true' aria-placeholder='Search'></"
     'div>'),
    ('form-field-name', {'#a': F}, "<input id='a' type='checkbox' role='switch'>"),
    ('form-field-name', {'#a': F}, "<input id='a' type='text' value='hello'>"),
    ('form-field-name', {'#a': F}, "<label><span hidden>Name</span><input id='a'></label>"),
    ('form-field-name', {'#a': P}, "<label>Name<input id='a' aria-labelledby='nope'></label>"),
    ('form-field-name', {'#a': P}, "<label for='a'>Name</label><input id='a' aria-label=''>"),
    ('form-field-name', {'#a': P},
     "<label for='a'><img src='x.png' alt='Search'></label><input id='a'>"),
    ('form-field-name', {'#a': P}, "<textarea id='a' placeholder='Message'></textarea>"),
    ('form-field-name', {'#a': F}, "<input id='a' type='text' aria-placeholder='Name'>"),
    ('form-field-name', {'#a': F},
     "<input id='a' type='search' list='d'><datalist id='d'></datalist>"),
    ('form-field-name', {'#a': P}, "<label for='a'>Name</label><label><input id='a'> more</label>"),
    ('form-field-name', {'#a': P},
     "<label for='a'>Name</label><select id='a'><option>x</option></select>"),
    ('form-field-name', {'#a': F, '#b': P},
     "<label for='b'>Name</label><input id='a'><input id='b'>"),
    ('form-field-name', {'#a': P}, "<label>Name<div><textarea id='a'></textarea></div></label>"),
    ('form-field-name', {'#a': F},
     "<label for='a'>Name</label><div id='a' role='textbox' contenteditable='true'></d"
     'iv>'),
    ('form-field-name', {'#a': P},
     "<input id='a' type='password' aria-required='true' placeholder='PIN'>"),
    # --- menuitem-name -------------------------------------------------------------------
    # m6b1q3: "a semantic menuitem included in the accessibility tree" (not its subclasses); a
    # non-empty accessible name.
    ('menuitem-name', {'#a': P}, "<div role='menu'><div id='a' role='menuitem'>Open</div></div>"),
    ('menuitem-name', {'#a': F}, "<div role='menu'><div id='a' role='menuitem'></div></div>"),
    ('menuitem-name', {'#a': P},
     "<div role='menu'><div id='a' role='menuitem' title='Open'></div></div>"),
    ('menuitem-name', {'#a': NA},
     "<div role='menu'><div id='a' role='menuitem' aria-hidden='true'></div></div>"),
    ('menuitem-name', {'#a': NA},
     "<div role='menu'><div id='a' role='menuitemcheckbox' aria-checked='false'></div>"
     '</div>'),
    ('menuitem-name', {'#a': F},
     "<div role='menu'><div id='a' role='menuitem'><img src='x.png' alt=''></div></div"
     '>'),
    ('menuitem-name', {'#a': P},
     "<div role='menu'><button id='a' role='menuitem'>Open</button></div>"),
    ('menuitem-name', {'#a': P},
     "<div role='menu'><div id='a' role='menuitem' aria-labelledby='l'></div></div><sp"
     "an id='l'>Open</span>"),
    ('menuitem-name', {'#a': NA},
     "<div role='menu'><div id='a' role='menuitem' style='display:none'></div></div>"),
    ('menuitem-name', {'#a': F},
     "<div role='menubar'><a id='a' role='menuitem' href='/'><span aria-hidden='true'>"
     'Open</span></a></div>'),
    ('menuitem-name', {'#a': P},
     "<div role='menu'><div id='a' role='menuitem' class='x'></div></div>",
     "<style>.x::before{content:'Open'}</style>"),
    ('menuitem-name', {'#a': F},
     "<div role='menu'><div id='a' role='menuitem' aria-label=' '></div></div>"),
    ('menuitem-name', {'#a': P},
     "<div role='menu'><div id='a' role='menuitem' aria-labelledby='l'></div></div><sp"
     "an id='l' hidden>Open</span>"),
    ('menuitem-name', {'#a': F},
     "<div role='menu'><div id='a' role='menuitem'><span style='visibility:hidden'>Ope"
     'n</span></div></div>'),
    ('menuitem-name', {'#a': P},
     "<div role='menu'><div id='a' role='menuitem'><svg role='img'><title>Open</title>"
     '</svg></div></div>'),
    ('menuitem-name', {'#a': F}, "<div id='a' role='menuitem'></div>"),
    ('menuitem-name', {'#a': F},
     "<div role='menu'><div id='a' role='menuitem' style='position:absolute;left:-9999"
     "px'></div></div>"),
    ('menuitem-name', {'#a': NA},
     "<dialog><div role='menu'><div id='a' role='menuitem'></div></div></dialog>"),
    # --- summary-name --------------------------------------------------------------------
    # 2t702h: a summary "included in the accessibility tree", "the summary button for its parent
    # details element", with no explicit role or one ignored by a presentational role conflict.
    ('summary-name', {'#a': P}, "<details><summary id='a'>More</summary>x</details>"),
    ('summary-name', {'#a': F}, "<details><summary id='a'></summary>x</details>"),
    ('summary-name', {'#a': NA},
     "<details><summary>First</summary><summary id='a'></summary></details>"),
    ('summary-name', {'#a': NA}, "<summary id='a'></summary>"),
    ('summary-name', {'#a': NA}, "<details><summary id='a' role='button'></summary>x</details>"),
    ('summary-name', {'#a': F}, "<details><summary id='a' role='none'></summary>x</details>"),
    ('summary-name', {'#a': P}, "<details><summary id='a' aria-label='More'></summary>x</details>"),
    ('summary-name', {'#a': P}, "<details><summary id='a' title='More'></summary>x</details>"),
    ('summary-name', {'#a': NA},
     "<details><summary id='a' aria-hidden='true'></summary>x</details>"),
    ('summary-name', {'#a': F},
     "<details><summary id='a'><img src='x.png' alt=''></summary>x</details>"),
    ('summary-name', {'#a': NA},
     "<details style='display:none'><summary id='a'></summary>x</details>"),
    ('summary-name', {'#a': NA}, "<details><div><summary id='a'></summary></div>x</details>"),
    ('summary-name', {'#a': P},
     "<details><summary id='a' class='x'></summary>y</details>",
     "<style>.x::before{content:'More'}</style>"),
    ('summary-name', {'#a': F},
     "<details><summary id='a'><span aria-hidden='true'>More</span></summary>y</detail"
     's>'),
    ('summary-name', {'#a': P},
     "<details><summary id='a' aria-labelledby='l'></summary>y</details><span id='l'>M"
     'ore</span>'),
    ('summary-name', {'#a': F}, "<details open><summary id='a'></summary>y</details>"),
    ('summary-name', {'#a': F}, "<details><summary id='a' role='foo'></summary>y</details>"),
    ('summary-name', {'#a': F},
     "<details><summary id='a' role='none' tabindex='-1'></summary>y</details>"),
    ('summary-name', {'#a': F}, "<details><p>x</p><summary id='a'></summary></details>"),
    ('summary-name', {'#h > details > summary': F},
     "<div id='h'><template shadowrootmode='open'><details><summary></summary>y</detai"
     'ls></template></div>'),
    ('summary-name', {'#a': F},
     "<details><summary id='a' style='display:block'></summary>y</details>"),
    ('summary-name', {'#a': F},
     "<details><summary id='a' class='x'></summary>y</details>",
     "<style>.x::marker{content:'More'}</style>"),
    ('summary-name', {'#a': F}, "<details><summary id='a' aria-label='   '></summary>y</details>"),
    # --- svg-img-alt ---------------------------------------------------------------------
    # 7d6734: an SVG element with "an explicit semantic role of either img, graphics-document,
    # graphics-symbol", included in the accessibility tree.
    ('svg-img-alt', {'#a': P}, "<svg id='a' role='img' aria-label='Chart'></svg>"),
    ('svg-img-alt', {'#a': NA}, "<svg id='a'><circle r='5'></circle></svg>"),
    ('svg-img-alt', {'#a': P}, "<svg id='a' role='graphics-document'><title>Map</title></svg>"),
    ('svg-img-alt', {'#a': F}, "<svg><circle id='a' role='graphics-symbol' r='5'></circle></svg>"),
    ('svg-img-alt', {'#a': NA}, "<svg id='a' role='img' aria-hidden='true'></svg>"),
    ('svg-img-alt', {'#a': P},
     "<svg id='a' role='img' aria-labelledby='t'><text id='t'>Sales</text></svg>"),
    ('svg-img-alt', {'#a': F}, "<svg id='a' role='foo img'></svg>"),
    ('svg-img-alt', {'#a': NA}, "<svg id='a' role='img' style='display:none'></svg>"),
    ('svg-img-alt', {'#a': F}, "<svg id='a' role='img'><text>Sales</text></svg>"),
    ('svg-img-alt', {'#a': F}, "<svg id='a' role='img'><desc>Sales</desc></svg>"),
    ('svg-img-alt', {'#a': P}, "<svg><g id='a' role='img'><title>Bar</title></g></svg>"),
    ('svg-img-alt', {'#a': NA}, "<svg id='a' role='button'></svg>"),
    ('svg-img-alt', {'#a': F}, "<svg id='a' role='img' aria-label=' '></svg>"),
    ('svg-img-alt', {'#a': P},
     "<svg id='a' role='img' aria-labelledby='l'></svg><p id='l' hidden>Chart</p>"),
    ('svg-img-alt', {'#a': NA},
     "<svg><rect id='a' role='graphics-object' width='1' height='1'></rect></svg>"),
    ('svg-img-alt', {'#a': F}, "<svg id='a' role='graphics-symbol img'></svg>"),
    ('svg-img-alt', {'#a': NA}, "<svg id='a' role='img' style='visibility:hidden'></svg>"),
    ('svg-img-alt', {'#a': NA}, "<div aria-hidden='true'><svg id='a' role='img'></svg></div>"),
    ('svg-img-alt', {'#a': P}, "<svg id='a' role='img'><title>Chart</title><desc>x</desc></svg>"),
    ('svg-img-alt', {'#a': P}, "<svg id='a' role='img' aria-label=''><title>Chart</title></svg>"),
    ('svg-img-alt', {'#h > svg': F},
     "<div id='h'><template shadowrootmode='open'><svg role='img'></svg></template></d"
     'iv>'),
    ('svg-img-alt', {'#a': NA},
     "<svg><defs><circle id='a' role='img' r='1'></circle></defs></svg>"),
    ('svg-img-alt', {'#a': P},
     "<svg id='a' role='img' aria-labelledby='t'><title id='t'>Chart</title></svg>"),
    ('svg-img-alt', {'#a': P}, "<svg id='a' role='graphics-symbol' aria-label='x'></svg>"),
    # --- image-alt -----------------------------------------------------------------------
    # 23a2a8: HTML img elements and HTML semantic img, "except if the element is
    # programmatically hidden"; a non-empty name "or has a semantic role of none or
    # presentation".
    ('image-alt', {'#a': P}, "<img id='a' src='x.png' title='Logo'>"),
    ('image-alt', {'#a': P},
     "<img id='a' src='x.png' aria-labelledby='l'><span id='l'>Logo</span>"),
    ('image-alt', {'#a': P}, "<img id='a' src='x.png' role='presentation'>"),
    ('image-alt', {'#a': F}, "<img id='a' src='x.png' role='presentation' tabindex='0'>"),
    ('image-alt', {'#a': F}, "<div id='a' role='img'></div>"),
    ('image-alt', {'#a': NA}, "<div aria-hidden='true'><img id='a' src='x.png'></div>"),
    ('image-alt', {'#a': F}, "<img id='a' src='x.png' style='position:absolute;left:-9999px'>"),
    ('image-alt', {'#a': NA}, "<img id='a' src='x.png' hidden>"),
    ('image-alt', {'#a': P}, "<span id='a' role='img' aria-label='Rating: 4'>****</span>"),
    ('image-alt', {'#a': F},
     "<img id='a' src='x.png' role='presentation' aria-describedby='d'><p id='d'>x</p>"),
    ('image-alt', {'#a': NA}, "<svg id='a' role='img'></svg>"),
    ('image-alt', {'#a': F}, "<picture><img id='a' src='x.png'></picture>"),
    ('image-alt', {'#a': F}, "<span id='a' role='img'>****</span>"),
    ('image-alt', {'#a': F}, "<img id='a' src='x.png' alt='' role='img'>"),
    ('image-alt', {'#a': F}, "<img id='a' src='x.png' aria-label=' '>"),
    ('image-alt', {'#a': P}, "<img id='a' src='x.png' alt='' aria-hidden='false'>"),
    ('image-alt', {'#a': P}, "<img id='a' src='x.png' alt='' aria-label='Logo'>"),
    ('image-alt', {'#a': NA}, "<input id='a' type='image' src='x.png'>"),
    ('image-alt', {'#h > img': F},
     "<div id='h'><template shadowrootmode='open'><img src='x.png'></template></div>"),
    ('image-alt', {'#a': F}, "<img id='a' src='x.png' style='opacity:0'>"),
    ('image-alt', {'#a': F}, "<img id='a' src='x.png' style='width:0;height:0'>"),
    ('image-alt', {'#a': P},
     "<img id='a' src='x.png' aria-labelledby='l'><span id='l' hidden>Logo</span>"),
    ('image-alt', {'#a': P}, "<div id='a' role='img' title='Pie'></div>"),
    ('image-alt', {'#a': F}, "<img id='a'>"),
    ('image-alt', {'#a': NA},
     "<svg><image id='a' href='x.png' width='1' height='1'></image></svg>"),
    ('image-alt', {'#a': F}, "<img id='a' src='x.png' role='foo'>"),
    ('image-alt', {'#a': P}, "<img id='a' src='x.png' role='none' title='Logo'>"),
    ('image-alt', {'#a': F}, "<canvas id='a' role='img'></canvas>"),
    ('image-alt', {'#a': NA}, "<dialog><img id='a' src='x.png'></dialog>"),
    ('image-alt', {'#a': NA}, "<noscript><img id='a' src='x.png'></noscript>"),
    ('image-alt', {'#a': P}, "<img id='a' src='x.png' role='foo presentation'>"),
    ('image-alt', {'#a': F}, "<img id='a' src='x.png' alt='' aria-label='' role='img'>"),
    ('image-alt', {'#a': P}, "<img id='a' src='x.png' alt='Logo' role='presentation'>"),
    ('image-alt', {'#a': NA},
     "<img id='a' src='x.png' role='presentation' alt='Logo' aria-hidden='true'>"),
    ('image-alt', {'#a': F}, "<span id='a' role='img'><span aria-hidden='true'>*</span></span>"),
    ('image-alt', {'#a': F}, "<img id='a' src='x.png' usemap='#m'><map name='m'></map>"),
    ('image-alt', {'#a': F}, "<img id='a' src='x.png' style='clip-path:inset(50%)'>"),
    ('image-alt', {'#a': F}, "<img id='a' src='x.png' width='1' height='1'>"),
    # --- input-image-alt -----------------------------------------------------------------
    # 59796f: input type=image "included in the accessibility tree"; a name "neither empty nor
    # the default name".
    ('input-image-alt', {'#a': P}, "<input id='a' type='image' src='x.png' alt='Search'>"),
    ('input-image-alt', {'#a': F}, "<input id='a' type='image' src='x.png'>"),
    ('input-image-alt', {'#a': P}, "<input id='a' type='image' src='x.png' title='Search'>"),
    ('input-image-alt', {'#a': NA},
     "<input id='a' type='image' src='x.png' aria-hidden='true' tabindex='-1'>"),
    ('input-image-alt', {'#a': P},
     "<input id='a' type='image' src='x.png' aria-labelledby='l'><span id='l'>Go</span"
     '>'),
    ('input-image-alt', {'#a': F}, "<input id='a' type='IMAGE' src='x.png'>"),
    ('input-image-alt', {'#a': F}, "<input id='a' type='image' src='x.png' alt=' '>"),
    ('input-image-alt', {'#a': NA}, "<input id='a' type='image' src='x.png' style='display:none'>"),
    ('input-image-alt', {'#a': P},
     "<input id='a' type='image' src='x.png' alt='Search' role='none'>"),
    ('input-image-alt', {'#a': F}, "<input id='a' type='image' src='x.png' alt='' aria-label=''>"),
    ('input-image-alt', {'#a': P},
     "<input id='a' type='image' src='x.png' aria-label=' ' alt='Search'>"),
    ('input-image-alt', {'#a': P},
     "<input id='a' type='image' src='x.png' aria-labelledby='l'><span id='l' hidden>G"
     'o</span>'),
    ('input-image-alt', {'#h > input': F},
     "<div id='h'><template shadowrootmode='open'><input type='image' src='x.png'></te"
     'mplate></div>'),
    ('input-image-alt', {'#a': NA},
     "<input id='a' type='image' src='x.png' style='visibility:hidden'>"),
    ('input-image-alt', {'#a': NA}, "<input id='a' type=' image' src='x.png'>"),
    ('input-image-alt', {'#a': F}, "<input id='a' type='image' src='x.png' disabled>"),
    ('input-image-alt', {'#a': F}, "<input id='a' type='image' src='x.png' title=' '>"),
    ('input-image-alt', {'#a': NA}, "<dialog><input id='a' type='image' src='x.png'></dialog>"),
    ('input-image-alt', {'#a': P},
     "<input id='a' type='image' src='x.png' alt='Search' style='opacity:0'>"),
    # HTML-AAM input type=image: an empty alt (which marks an image decorative) before title:
    # whether title still names the button is not settled
    ('input-image-alt', {'#a': CT},
     "<input id='a' type='image' src='x.png' alt='' title='Search'>"),
    # --- object-alt ----------------------------------------------------------------------
    # 8fc3b6: an object included in the accessibility tree, "no explicit role", embedding an
    # image, audio or video MIME type.
    ('object-alt', {'#a': F}, "<object id='a' data='x.png' type='image/png'></object>"),
    ('object-alt', {'#a': P},
     "<object id='a' data='x.png' type='image/png' aria-label='Logo'></object>"),
    ('object-alt', {'#a': P},
     "<object id='a' data='x.png' type='image/png' title='Logo'></object>"),
    ('object-alt', {'#a': NA}, "<object id='a' data='x.png' type='image/png' role='img'></object>"),
    ('object-alt', {'#a': NA},
     "<object id='a' data='x.png' type='image/png' aria-hidden='true'></object>"),
    ('object-alt', {'#a': NA}, "<object id='a' data='x.html' type='text/html'></object>"),
    ('object-alt', {'#a': F}, "<object id='a' data='x.mp4' type='video/mp4'></object>"),
    ('object-alt', {'#a': P},
     "<object id='a' data='x.png' type='image/png' aria-labelledby='l'></object><span "
     "id='l'>Logo</span>"),
    ('object-alt', {'#a': NA},
     "<object id='a' data='x.png' type='image/png' style='display:none'></object>"),
    ('object-alt', {'#a': F}, "<object id='a' data='x.mp3' type='audio/mpeg'></object>"),
    ('object-alt', {'#a': NA},
     "<object id='a' data='x.png' type='image/png' role='presentation'></object>"),
    ('object-alt', {'#a': F},
     "<object id='a' data='x.png' type='image/png' aria-label=' '></object>"),
    ('object-alt', {'#a': P},
     "<object id='a' data='x.png' type='image/png' aria-labelledby='l'></object><span "
     "id='l' hidden>Logo</span>"),
    ('object-alt', {'#a': NA},
     "<div aria-hidden='true'><object id='a' data='x.png' type='image/png'></object></"
     'div>'),
    ('object-alt', {'#a': F}, "<object id='a' data='x.png' type='IMAGE/PNG'></object>"),
    ('object-alt', {'#a': P},
     "<object id='a' data='x.wav' type='audio/wav' title='Song'></object>"),
    ('object-alt', {'#a': NA},
     "<object id='a' data='x.png' type='image/png' style='visibility:hidden'></object>"),
    ('object-alt', {'#a': NA}, "<object id='a' data='x.pdf' type='application/pdf'></object>"),
    ('object-alt', {'#a': NA}, "<object id='a' type='image/png'></object>"),
    ('object-alt', {'#a': F},
     "<object id='a' data='x.png' type='image/png' aria-describedby='d'></object><p id"
     "='d'>Logo</p>"),
    ('object-alt', {'#a': F},
     "<object id='a' data='x.png' type='image/png'><param name='x' value='y'></object>"),
    # --- frame-title ---------------------------------------------------------------------
    # cae760: iframes included in the accessibility tree, except with "a negative tabindex
    # attribute value" or "marked as decorative".
    ('frame-title', {'#a': P}, "<iframe id='a' src='x.html' title='Map'></iframe>"),
    ('frame-title', {'#a': F}, "<iframe id='a' src='x.html'></iframe>"),
    ('frame-title', {'#a': NA}, "<iframe id='a' src='x.html' tabindex='-1'></iframe>"),
    ('frame-title', {'#a': NA}, "<iframe id='a' src='x.html' role='presentation'></iframe>"),
    ('frame-title', {'#a': P}, "<iframe id='a' src='x.html' aria-label='Map'></iframe>"),
    ('frame-title', {'#a': F}, "<iframe id='a' src='x.html' title=' '></iframe>"),
    ('frame-title', {'#a': NA}, "<iframe id='a' src='x.html' style='display:none'></iframe>"),
    ('frame-title', {'#a': NA}, "<iframe id='a' src='x.html' tabindex='-2'></iframe>"),
    ('frame-title', {'#a': F}, "<iframe id='a' src='x.html' name='map'></iframe>"),
    ('frame-title', {'#a': P},
     "<iframe id='a' src='x.html' aria-labelledby='l'></iframe><p id='l'>Map</p>"),
    ('frame-title', {'#a': F}, "<iframe id='a' src='x.html' tabindex='0' title=''></iframe>"),
    ('frame-title', {'#a': P}, "<iframe id='a' src='x.html' title='Map' aria-label=''></iframe>"),
    ('frame-title', {'#a': P},
     "<iframe id='a' src='x.html' aria-labelledby='l'></iframe><span id='l' hidden>Map"
     '</span>'),
    ('frame-title', {'#a': NA}, "<iframe id='a' src='x.html' tabindex='-1' title=''></iframe>"),
    ('frame-title', {'#a': NA},
     "<iframe id='a' src='x.html' tabindex='0' role='presentation'></iframe>"),
    ('frame-title', {'#a': NA}, "<iframe id='a' src='x.html' role='none'></iframe>"),
    ('frame-title', {'#a': NA}, "<iframe id='a' src='x.html' tabindex=' -1 '></iframe>"),
    ('frame-title', {'#a': F}, "<iframe id='a' srcdoc='<p>x</p>'></iframe>"),
    ('frame-title', {'html > body > iframe >>> #a': F},
     '<iframe title=\'outer\' srcdoc="<iframe id=\'a\' src=\'x.html\'></iframe>"></iframe>'),
    ('frame-title', {'#a': NA}, "<iframe id='a' src='x.html' style='visibility:hidden'></iframe>"),
    ('frame-title', {'#a': F},
     "<iframe id='a' src='x.html' style='position:absolute;left:-9999px'></iframe>"),
    ('frame-title', {'#a': F}, "<iframe id='a' src='x.html' tabindex='-0'></iframe>"),
    ('frame-title', {'#a': NA}, "<iframe id='a' src='x.html' tabindex='-1.5'></iframe>"),
    ('frame-title', {'#a': F}, "<iframe id='a' src='x.html' tabindex='abc'></iframe>"),
    ('frame-title', {'#a': NA}, "<iframe id='a' src='x.html' title='Map' hidden></iframe>"),
    ('frame-title', {'#a': P}, "<iframe id='a' src='x.html' title='Map' role='img'></iframe>"),
    ('frame-title', {'#a': P}, "<iframe id='a' src='x.html' aria-label='  ' title='Map'></iframe>"),
    # --- empty-heading -------------------------------------------------------------------
    # ffd0e9: "any HTML element that is a semantic heading, included in the accessibility tree";
    # "a non-empty accessible name".
    ('empty-heading', {'#a': F}, "<h2 id='a'></h2>"),
    ('empty-heading', {'#a': P}, "<h2 id='a'><img src='x.png' alt='Logo'></h2>"),
    ('empty-heading', {'#a': F}, "<h2 id='a'><img src='x.png' alt=''></h2>"),
    ('empty-heading', {'#a': NA}, "<h2 id='a' aria-hidden='true'></h2>"),
    ('empty-heading', {'#a': NA}, "<h2 id='a' role='none'></h2>"),
    ('empty-heading', {'#a': F}, "<h2 id='a' role='none' tabindex='0'></h2>"),
    ('empty-heading', {'#a': P}, "<h2 id='a' title='Hi'></h2>"),
    ('empty-heading', {'#a': F}, "<h2 id='a'><span style='display:none'>Hi</span></h2>"),
    ('empty-heading', {'#a': P}, "<h2 id='a' style='position:absolute;left:-9999px'>Hi</h2>"),
    ('empty-heading', {'#a': P}, "<h2 id='a' aria-label='Hi'></h2>"),
    ('empty-heading', {'#a': F}, "<h2 id='a'><span aria-hidden='true'>Hi</span></h2>"),
    ('empty-heading', {'#a': NA}, "<h2 id='a' role='button'>x</h2>"),
    ('empty-heading', {'#a': NA}, "<h2 id='a' style='visibility:hidden'></h2>"),
    ('empty-heading', {'#a': P},
     "<h2 id='a' class='x'></h2>",
     "<style>.x::before{content:'Hi'}</style>"),
    ('empty-heading', {'#h > h2': F},
     "<div id='h'><template shadowrootmode='open'><h2></h2></template></div>"),
    ('empty-heading', {'#a': P}, "<h2 id='a'><svg role='img' aria-label='Logo'></svg></h2>"),
    ('empty-heading', {'#a': P},
     "<h2 id='a' aria-labelledby='l'></h2><span id='l' hidden>Hi</span>"),
    ('empty-heading', {'#a': F}, "<div id='a' role='heading' aria-level='2'></div>"),
    ('empty-heading', {'#a': F}, "<h2 id='a' role='foo'></h2>"),
    ('empty-heading', {'#a': P}, "<h2 id='a' role='presentation' aria-label='Hi'></h2>"),
    ('empty-heading', {'#a': P}, "<h2 id='a'><span style='opacity:0'>Hi</span></h2>"),
    ('empty-heading', {'#a': F}, "<h2 id='a'><br></h2>"),
    ('empty-heading', {'#a': F}, "<hgroup><h2 id='a'></h2><p>x</p></hgroup>"),
    ('empty-heading', {'#a': F}, "<a id='a' href='/' role='heading' aria-level='2'></a>"),
    ('empty-heading', {'#a': F}, "<button id='a' role='heading' aria-level='2'></button>"),
    ('empty-heading', {'#a': NA}, "<h2 id='a' role='tab'></h2>"),
    ('empty-heading', {'#a': F}, "<h2 id='a'><a href='/'></a></h2>"),
    ('empty-heading', {'#a': P}, "<h2 id='a'><a href='/'>Hi</a></h2>"),
    # --- label-in-name -------------------------------------------------------------------
    # 2ee8b8: a widget role that supports name from content, with visible text content and aria-
    # label or aria-labelledby; "the visible inner text is contained within the accessible
    # name".
    ('label-in-name', {'#a': P}, "<button id='a' aria-label='Next page'>Next</button>"),
    ('label-in-name', {'#a': F}, "<button id='a' aria-label='Go'>Next</button>"),
    ('label-in-name', {'#a': P}, "<a id='a' href='/' aria-label='NEXT page'>next</a>"),
    ('label-in-name', {'#a': NA}, "<button id='a'>Next</button>"),
    ('label-in-name', {'#a': NA},
     "<div id='a' role='textbox' aria-label='x' contenteditable='true'>Hello</div>"),
    ('label-in-name', {'#a': NA},
     "<button id='a' aria-label='Next'><img src='x.png' alt=''></button>"),
    ('label-in-name', {'#a': P}, "<button id='a' aria-label='Next page'>Next   page</button>"),
    ('label-in-name', {'#a': F},
     "<button id='a' aria-labelledby='l'>Next</button><span id='l'>Go</span>"),
    ('label-in-name', {'#a': P},
     "<button id='a' aria-label='Next page'>Next <span style='display:none'>chapter</s"
     'pan></button>'),
    ('label-in-name', {'#a': P}, "<button id='a' aria-label='Send message'>message</button>"),
    ('label-in-name', {'#a': NA}, "<h2 id='a' aria-label='x'>Hello</h2>"),
    ('label-in-name', {'#a': P},
     "<div role='menu'><div id='a' role='menuitem' aria-label='Open file'>Open</div></"
     'div>'),
    ('label-in-name', {'#a': NA},
     "<button id='a' aria-label='Next page' style='visibility:hidden'>Next</button>"),
    ('label-in-name', {'#a': P}, "<button id='a' aria-label='Next page'>Next, page</button>"),
    ('label-in-name', {'#a': P},
     "<button id='a' aria-label='Download report (PDF)'>Download report</button>"),
    ('label-in-name', {'#a': F},
     "<button id='a' aria-label='Report download'>Download report</button>"),
    ('label-in-name', {'#a': P},
     "<a id='a' href='/' aria-label='Next page'>Next <span aria-hidden='true'>&#8250;<"
     '/span></a>'),
    ('label-in-name', {'#a': P},
     "<div role='tablist'><div id='a' role='tab' aria-label='Settings tab'>Settings</d"
     'iv></div>'),
    ('label-in-name', {'#a': P},
     "<div id='a' role='checkbox' aria-checked='false' aria-label='Subscribe now'>Subs"
     'cribe</div>'),
    ('label-in-name', {'#a': P},
     "<div id='a' role='link' aria-labelledby='l' tabindex='0'>Next</div><span id='l'>"
     'Next chapter</span>'),
    ('label-in-name', {'#a': F}, "<button id='a' aria-label='Next'>Next page</button>"),
    ('label-in-name', {'#a': NA},
     "<button id='a' aria-label='Next page' style='position:absolute;left:-9999px'>Nex"
     't</button>'),
    ('label-in-name', {'#a': P}, "<button id='a' aria-label='Hello World'>hello world</button>"),
    ('label-in-name', {'#a': NA},
     "<a id='a' href='/' aria-label='Go'><span hidden>Home</span></a>"),
    ('label-in-name', {'#a': P},
     "<button id='a' aria-label='Next page'><span aria-hidden='true'>Next</span></butt"
     'on>'),
    ('label-in-name', {'#a': F},
     "<button id='a' aria-label='Previous page'><span aria-hidden='true'>Next</span></"
     'button>'),
    ('label-in-name', {'#a': F},
     "<div id='a' role='switch' aria-checked='false' aria-label='Off'>Dark mode</div>"),
    ('label-in-name', {'#a': P},
     "<div role='listbox'><div id='a' role='option' aria-label='Apple fruit'>Apple</di"
     'v></div>'),
    ('label-in-name', {'#a': F},
     "<div role='tree'><div id='a' role='treeitem' aria-label='x'>Folder</div></div>"),
    ('label-in-name', {'#a': NA},
     "<div role='table'><div role='row'><div id='a' role='cell' aria-label='x'>Data</d"
     'iv></div></div>'),
    ('label-in-name', {'#a': F},
     "<div role='grid'><div role='row'><div id='a' role='gridcell' aria-label='x'>Data"
     '</div></div></div>'),
    ('label-in-name', {'#a': P},
     "<a id='a' href='/' aria-label='Learn more about pricing'><span>Learn</span> <spa"
     'n>more</span></a>'),
    ('label-in-name', {'#a': P}, "<button id='a' aria-labelledby='a'>Next</button>"),
    ('label-in-name', {'#a': NA}, "<label for='a'>Name</label><input id='a' aria-label='x'>"),
    ('label-in-name', {'#a': P},
     "<button id='a' aria-label='Next'><span style='visibility:hidden'>Previous</span>"
     'Next</button>'),
    ('label-in-name', {'#a': NA},
     "<a id='a' href='/' aria-label='Home'><img src='x.png' alt='Home page'></a>"),
    ('label-in-name', {'#a': P}, "<button id='a' aria-label='Sign in'>Sign  In</button>"),
    ('label-in-name', {'#a': P},
     "<button id='a' aria-label='Info (opens in new window)'>Info</button>"),
    ('label-in-name', {'#a': P}, "<button id='a' aria-label='e-mail'>E-mail</button>"),
    # 2ee8b8's label in name algorithm compares words with punctuation removed: sign-in and sign
    # in are the same words
    ('label-in-name', {'#a': P}, "<button id='a' aria-label='Sign-in'>Sign in</button>"),
    ('label-in-name', {'#a': P},
     "<div role='menu'><div id='a' role='menuitemcheckbox' aria-checked='false' aria-l"
     "abel='Bold text'>Bold</div></div>"),
    ('label-in-name', {'#a': NA},
     "<div id='a' role='heading' aria-level='2' aria-label='x'>Hello</div>"),
    ('label-in-name', {'#a': F}, "<a id='a' href='/' aria-label='Home'>Start</a>"),
    ('label-in-name', {'#a': P},
     "<a id='a' href='/' aria-label='Read the full report'>Full report</a>"),
    ('label-in-name', {'#a': F}, "<a id='a' href='/' aria-label='Report'>Full report</a>"),
    ('label-in-name', {'#a': P}, "<button id='a' aria-label='Next page'>Next<br>page</button>"),
    ('label-in-name', {'#a': P},
     "<a id='a' href='/' aria-label='Go to ACME Inc. homepage'>ACME Inc.</a>"),
    ('label-in-name', {'#a': P},
     "<button id='a' aria-label='Add to cart'>Add to cart <span style='position:absolute;"
     "left:-9999px'>Blue shoes</span></button>"),
    ('label-in-name', {'#a': P},
     "<button id='a' aria-label='Next'><span style='text-transform:uppercase'>next</span>"
     "</button>"),
    ('label-in-name', {'#a': P},
     "<button id='a' aria-label='Next'>Next <span aria-hidden='true'>&rarr;</span></button>"),
    ('label-in-name', {'#a': P}, "<button id='a' aria-label='Call 555-1234'>555-1234</button>"),
]


def _ids() -> list[str]:
    """``rule-n``: the n-th case of that rule, so an id says which rule a failure is about."""
    seen: dict[str, int] = {}
    ids = []
    for rule, *_ in CASES:
        seen[rule] = seen.get(rule, 0) + 1
        ids.append(f"{rule}-{seen[rule]}")
    return ids


@pytest.mark.parametrize("case", CASES, ids=_ids())
def test_rule_text_round40(case: tuple[Any, ...]) -> None:
    rule, expected, body, *head = case
    found = verdicts(rule, body, *head)
    assert {target: found.get(target, NA) for target in expected} == expected
