"""Block stories: a page per block type of the article format, each variant the fixtures use
rendered alone, with its props and findings (built without a browser here; Chromium's
screenshots are tested in tests/browser/test_gallery_blocks.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from broadsheet.blocks import BLOCKS
from broadsheet.preview import GalleryBuilder
from tests.helpers import ARTICLE_FILES, ARTICLES, load_json, parse_html, text_of


@pytest.fixture(scope="module")
def gallery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gallery")
    GalleryBuilder(out, blocks=True).build([ARTICLES])
    return out


def block_at(path: Path, pointer: str) -> dict[str, object]:
    data = load_json(path)
    if pointer == "/lead":
        return dict(data["lead"])
    return dict(data["body"][int(pointer.rsplit("/", 1)[1])])


def variants(page):  # type: ignore[no-untyped-def]
    """(fixture, pointer, section) of each variant on a story page."""
    found = []
    for section in page.xpath("//section[contains(@class, 'variant')]"):
        codes = section.xpath(".//p[@class='fixture-source']/a[1]/code | "
                              ".//p[@class='fixture-source']/code")
        found.append((text_of(codes[0]), text_of(codes[1]), section))
    return found


def test_every_block_type_of_the_format_has_a_story_page(gallery: Path) -> None:
    index = parse_html((gallery / "blocks" / "index.html").read_text("utf-8"))
    linked = index.xpath("//ul[@aria-label='Block types']/li//h2/a/@href")
    assert linked == [f"{kind}/index.html" for kind in BLOCKS.types()]
    for kind in BLOCKS.types():
        assert (gallery / "blocks" / kind / "index.html").is_file()
    header = parse_html((gallery / "index.html").read_text("utf-8"))
    assert header.xpath("//nav[@aria-label='Gallery']//a[@href='blocks/index.html']")


def test_each_variant_is_a_real_block_of_a_fixture_rendered_alone(gallery: Path) -> None:
    by_stem = {path.stem: path for path in ARTICLE_FILES}
    for kind in BLOCKS.types():
        page = parse_html((gallery / "blocks" / kind / "index.html").read_text("utf-8"))
        for fixture, pointer, section in variants(page):
            block = block_at(by_stem[fixture], pointer)
            assert block["type"] == kind
            shown = json.loads("".join(section.xpath(".//pre")[-1].itertext()))
            assert shown == block, (kind, fixture, pointer)
            link = section.xpath(".//a[text()='Open it rendered alone']/@href")[0]
            alone = parse_html((gallery / "blocks" / kind / link).read_text("utf-8"))
            data = load_json(by_stem[fixture])
            assert alone.get("lang") == data["language"]
            body = alone.xpath("//div[@class='article-body']/*")
            if pointer == "/lead":
                assert body == [], "a lead is shown as the lead, with no body"
            elif kind == "contents":  # with the headings it lists, after it
                assert len(body) == 1 + sum(b["type"] == "heading" for b in data["body"])
                assert body[0].xpath("self::nav"), "the contents comes first"
            else:
                assert len(body) == 1, (kind, fixture, pointer)


def test_image_variants_tell_with_and_without_credit_and_right_to_left(gallery: Path) -> None:
    page = parse_html((gallery / "blocks" / "image" / "index.html").read_text("utf-8"))
    by_stem = {path.stem: path for path in ARTICLE_FILES}
    shapes = set()
    for fixture, pointer, _ in variants(page):
        block = block_at(by_stem[fixture], pointer)
        data = load_json(by_stem[fixture])
        shapes.add(("credit" in block, data["language"] in {"ar", "fa"}, pointer == "/lead"))
    assert (True, False, False) in shapes, "a body figure with a credit"
    assert (False, False, False) in shapes, "a body figure without one"
    assert any(rtl for _, rtl, _ in shapes), "a right-to-left figure"
    assert any(lead for _, _, lead in shapes), "a lead picture"
    # Two blocks of one shape are one variant: no two variants share type, fields,
    # direction and place.
    seen = [(tuple(sorted(block_at(by_stem[f], p))), load_json(by_stem[f])["language"]
             in {"ar", "fa"}, p == "/lead") for f, p, _ in variants(page)]
    assert len(seen) == len(set(seen))


def test_the_props_table_lists_the_schema_fields_and_the_variants_setting_each(
        gallery: Path) -> None:
    by_stem = {path.stem: path for path in ARTICLE_FILES}
    for kind in ("image", "quote", "table"):
        page = parse_html((gallery / "blocks" / kind / "index.html").read_text("utf-8"))
        rows = page.xpath("//table[@class='props']/tbody/tr")
        fields = [text_of(row.xpath("th")[0]) for row in rows]
        schema = BLOCKS[kind].definitions[kind]
        assert fields == [name for name in schema["properties"] if name != "type"]
        shown = variants(page)
        for row, name in zip(rows, fields, strict=True):
            setting = [index + 1 for index, (fixture, pointer, _) in enumerate(shown)
                       if name in block_at(by_stem[fixture], pointer)]
            cell = text_of(row.xpath("td")[2])
            if setting and len(setting) == len(shown):
                assert cell == "every variant", (kind, name)
            elif setting:
                assert cell == ", ".join(f"variant {n}" for n in setting), (kind, name)
            else:
                assert cell == "no variant", (kind, name)
            required = text_of(row.xpath("td")[1])
            assert required == ("required" if name in schema.get("required", ()) else
                                "optional"), (kind, name)


def test_every_props_row_says_what_the_field_is_from_the_schema(gallery: Path) -> None:
    """"What it is" is the field's description in the schema (a media block's shared
    fields from media's definition): no block type leaves one empty."""
    schema = json.loads((Path(__file__).parents[2] / "schemas" / "article.schema.json")
                        .read_text("utf-8"))["$defs"]
    empty = []
    for kind in BLOCKS.types():
        page = parse_html((gallery / "blocks" / kind / "index.html").read_text("utf-8"))
        for row in page.xpath("//table[@class='props']/tbody/tr"):
            name, said = text_of(row.xpath("th")[0]), text_of(row.xpath("td")[-1])
            field = schema[kind]["properties"][name]
            if field is True:
                field = schema[schema[kind]["$ref"].rsplit("/", 1)[-1]]["properties"][name]
            if not said:
                empty.append(f"{kind}.{name}")
            else:
                assert said == " ".join(field["description"].replace("`", "").split()) or (
                    said == " ".join(field["description"].split())), (kind, name, said)
    assert empty == [], "fields without a description in the schema"


def test_a_variant_shows_what_rendering_its_article_says_about_it(gallery: Path) -> None:
    """Each picture variant lists what rendering its whole article says about that block
    (the page alone may not show it), e.g. a caption repeated as alt text; at least one of
    them has something to say."""
    from broadsheet.render.renderer import render

    page = parse_html((gallery / "blocks" / "image" / "index.html").read_text("utf-8"))
    said = 0
    for fixture, pointer, section in variants(page):
        whole = render(ARTICLES / f"{fixture}.json").findings
        expected = sorted(f.rule for f in whole
                          if f.pointer == pointer or (f.pointer or "").startswith(f"{pointer}/"))
        rules = section.xpath(".//ol[contains(@aria-label, 'in its article')]"
                              "//code[@class='finding__rule']/text()")
        assert sorted(rules) == expected, (fixture, pointer)
        said += bool(expected)
    assert said, "no picture variant has a finding from its article"


def test_an_unchanged_variant_is_not_rendered_again(tmp_path: Path) -> None:
    folder = tmp_path / "fixtures"
    folder.mkdir()
    source = ARTICLES / "be-political-prisoners-quote.json"
    (folder / source.name).write_bytes(source.read_bytes())
    builder = GalleryBuilder(tmp_path / "out", blocks=True)
    first = builder.build([folder])
    assert first.stories_rebuilt, "every variant is built the first time"
    assert GalleryBuilder(tmp_path / "out", blocks=True).build([folder]).stories_rebuilt == []
    data = load_json(source)
    data["body"][0]["text"] = "A changed first paragraph."
    (folder / source.name).write_text(json.dumps(data), "utf-8")
    again = GalleryBuilder(tmp_path / "out", blocks=True).build([folder]).stories_rebuilt
    assert "paragraph/be-political-prisoners-quote--body-0" in again
    assert not any(name.startswith("quote/") for name in again), "the quote did not change"


def test_a_block_types_cover_is_not_an_ornament_when_it_has_a_picture() -> None:
    """Round 45's blind review: the Blocks index's Image card showed a divider ornament (a
    decorative image, the first left-to-right body variant) instead of a photograph. The
    cover is a left-to-right variant in a body that is not decorative, where there is one."""
    from broadsheet.preview.stories import stories

    fixtures = [(path.stem, str(path), load_json(path), []) for path in ARTICLE_FILES]
    [image] = [story for story in stories(fixtures) if story.spec.type == "image"]
    assert any(variant.block.get("decorative") for variant in image.variants), \
        "an ornament among the variants, which the cover must pass over"
    cover = image.cover
    assert cover is not None
    assert not cover.block.get("decorative"), cover.key
    assert cover.block.get("alt"), cover.key
    assert cover.direction == "ltr", cover.key
    assert not cover.is_lead, cover.key
