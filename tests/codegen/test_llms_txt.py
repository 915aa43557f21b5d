"""The MkDocs hook that writes llms.txt (`codegen/llms_txt.py`): the first sentence of a page's prose, and the file's
shape. The built site's llms.txt is checked against its pages in `make docs-check` (tests/docs_check/test_site.py)."""

from __future__ import annotations

from codegen.llms_txt import first_sentence, llms_txt


def test_the_first_sentence_skips_what_is_not_prose() -> None:
    page = """# Title

```python
print("code first. Not prose.")
```

- a list item. Not prose.
  continued. Still the list.

| a | table |

!!! note
    An admonition. Not prose.

The [first](x.md) paragraph, at last. Its second sentence.
The same paragraph.

Another paragraph.
"""
    assert first_sentence(page) == "The first paragraph, at last."
    assert first_sentence("One line with no full stop") == "One line with no full stop"
    assert first_sentence("Ends with a colon:\n\n```\ncode\n```") == "Ends with a colon:"
    assert first_sentence("# Only a heading\n") == ""


def test_the_file_has_a_title_a_summary_and_a_line_per_page_under_its_section() -> None:
    text = llms_txt("site", "What it is.", [("Guides", [("Start", "./", "Begin here."), ("Empty", "e/", "")])])
    assert text == "# site\n\n> What it is.\n\n## Guides\n\n- [Start](./): Begin here.\n- [Empty](e/)\n"
