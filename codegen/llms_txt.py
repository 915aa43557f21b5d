"""A MkDocs hook (`hooks:` in mkdocs.yml): writes `llms.txt` at the site's root on every build (https://llmstxt.org):
the site's name and description, then every page of the navigation, one line each (its title, its address, and
the first sentence of its text), under the navigation's sections. Built from the navigation itself, so it lists
exactly the pages the site has."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

_FIRST: dict[str, str] = {}  # page source path -> the first sentence of its text
_NAV: list[Any] = []  # the build's navigation (its pages' titles are read during the build)
_SENTENCE = re.compile(r"(.+?[.!?:])(?:\s|$)")
_NOT_PROSE = re.compile(r"(#|\||:::|<|[-*+] |\d+\. |!!!|>|===|\[TOC\])")


def first_sentence(markdown: str) -> str:
    """The first sentence of the first paragraph of prose: lines starting at the margin, outside code, headings,
    tables, lists (with their indented continuations), quotes, admonitions and directives."""
    paragraph: list[str] = []
    fenced = False
    for line in markdown.splitlines():
        stripped = line.strip()
        if stripped.startswith("```"):
            fenced = not fenced
            if paragraph:
                break
            continue
        prose = stripped and not fenced and line[0] not in " \t" and not _NOT_PROSE.match(stripped)
        if prose:
            paragraph.append(stripped)
        elif paragraph:
            break
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", " ".join(paragraph))  # links as their text
    found = _SENTENCE.match(text)
    return (found.group(1) if found else text).strip()


def llms_txt(name: str, description: str, sections: list[tuple[str, list[tuple[str, str, str]]]]) -> str:
    """The file: `# name`, `> description`, then `## section` and `- [title](url): first sentence` lines."""
    lines = [f"# {name}", "", f"> {description}", ""]
    for section, pages in sections:
        lines += [f"## {section}", ""]
        lines += [f"- [{title}]({url})" + (f": {text}" if text else "") for title, url, text in pages]
        lines.append("")
    return "\n".join(lines)


def on_files(files: Any, config: Any) -> Any:
    """Registers `llms.txt` as one of the site's files (its text is written after the build), so a page's link to
    it is checked and rewritten like a link to any other file of the site."""
    from mkdocs.structure.files import File

    files.append(File.generated(config, "llms.txt", content=""))
    return files


def on_nav(nav: Any, config: Any, files: Any) -> Any:
    _NAV[:] = [nav]
    return nav


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    _FIRST[page.file.src_uri] = first_sentence(markdown)
    return markdown


def on_post_build(config: Any) -> None:
    nav = _NAV[0]
    sections: list[tuple[str, list[tuple[str, str, str]]]] = [("Guides", [])]
    for item in nav.items:
        if item.is_page:
            sections[0][1].append(_line(item))
        else:
            sections.append((item.title, [_line(child) for child in item.children if child.is_page]))
    text = llms_txt(config["site_name"], config["site_description"], sections)
    Path(config["site_dir"], "llms.txt").write_text(text, encoding="utf-8")


def _line(page: Any) -> tuple[str, str, str]:
    title = page.title or Path(page.file.src_uri).stem
    return title, page.url or "./", _FIRST.get(page.file.src_uri, "")
