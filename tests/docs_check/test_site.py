"""`make docs-check`: the built site, served on 127.0.0.1, in headless Chromium (Debian's, driven by Playwright;
no browser download). Every page loads with no console error and no failed request, every internal link
and anchor resolves, search finds an operation by its operationId, and the language tabs switch."""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.docs_check

CHROMIUM = ("chromium", "chromium-browser", "google-chrome")
IDS = re.compile(r'\sid="([^"]+)"')


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    folder = tmp_path_factory.mktemp("site")
    subprocess.run(  # noqa: S603 - mkdocs from this venv
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(folder)],
        cwd=ROOT, check=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": ""},
    )  # fmt: skip
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", folder
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    executable = next((found for name in CHROMIUM if (found := shutil.which(name))), None)
    assert executable, "no Chromium: `make docs-check` installs Debian's chromium package"
    with sync_playwright() as playwright:
        # no background networking: the machine has no network, and Chromium's own lookups would only fail
        flags = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                 "--disable-background-networking", "--disable-component-update"]  # fmt: skip
        browser = playwright.chromium.launch(executable_path=executable, args=flags)
        yield browser
        browser.close()


def _pages(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*.html") if p.name != "404.html")


def _target(folder: Path, base: str, href: str) -> tuple[Path, str]:
    """The file an internal link lands on, and its fragment."""
    parts = urlsplit(href)
    path = folder / unquote(parts.path.removeprefix(urlsplit(base).path))
    return (path / "index.html" if path.is_dir() else path), unquote(parts.fragment)


def test_every_page_loads_clean_and_every_internal_link_resolves(site: tuple[str, Path], browser: Any) -> None:
    base, folder = site
    pages = _pages(folder)
    assert len(pages) >= 20 and "reference/conversations/index.html" in pages
    problems: list[str] = []
    links: set[str] = set()
    page = browser.new_page()

    def console(msg: Any) -> None:
        if msg.type == "error":
            problems.append(f"{page.url}: console: {msg.text}")

    def response(answer: Any) -> None:
        if answer.status >= 400:
            problems.append(f"{page.url}: {answer.url} answered {answer.status}")

    page.on("console", console)
    page.on("response", response)
    page.on("pageerror", lambda exc: problems.append(f"{page.url}: {exc}"))
    page.on("requestfailed", lambda req: problems.append(f"{page.url}: {req.url} failed: {req.failure}"))
    for name in pages:
        page.goto(urljoin(base, name), wait_until="networkidle")
        hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
        links |= {urljoin(page.url, h) for h in hrefs if h.startswith(base)}
    page.close()
    ids: dict[Path, set[str]] = {}
    for link in sorted(links):
        path, fragment = _target(folder, base, link)
        if not path.is_file():
            problems.append(f"broken link: {link}")
            continue
        if fragment and path.suffix == ".html":
            if path not in ids:
                ids[path] = set(IDS.findall(path.read_text(encoding="utf-8")))
            if fragment not in ids[path]:
                problems.append(f"broken anchor: {link}")
    assert not problems, "\n".join(problems)
    assert len(links) > 100  # the nav, the guides' cross-links and the reference's anchors were all followed


def test_search_finds_an_operation_by_its_operation_id(site: tuple[str, Path], browser: Any) -> None:
    base, _ = site
    page = browser.new_page()
    page.goto(base, wait_until="networkidle")
    page.keyboard.press("s")  # Material's search shortcut focuses the search box
    page.locator("input.md-search__input").press_sequentially("conversations_update", delay=10)  # as typed
    first = page.locator(".md-search-result__item a").first
    first.wait_for(timeout=10_000)
    assert "reference/conversations/" in (first.get_attribute("href") or "")
    first.click()
    page.wait_for_load_state("networkidle")
    assert "operationId conversations_update" in page.inner_text("article").replace("`", "")
    page.close()


def test_the_language_tabs_switch_every_example_at_once(site: tuple[str, Path], browser: Any) -> None:
    base, _ = site
    page = browser.new_page()
    page.goto(urljoin(base, "reference/contacts/"), wait_until="networkidle")
    sets = page.locator(".tabbed-set")
    assert sets.count() >= 4
    languages = sets.nth(0).locator(".tabbed-labels label").all_inner_texts()
    assert languages == ["Python", "curl", "Node.js", "Go", "PHP (Laravel)", "PHP (curl)"]
    go = languages.index("Go")

    def shown(i: int) -> list[bool]:
        blocks = sets.nth(i).locator(".tabbed-block")
        return [blocks.nth(k).is_visible() for k in range(len(languages))]

    assert shown(0) == [True] + [False] * (len(languages) - 1)
    sets.nth(0).locator(".tabbed-labels label", has_text="Go").click()
    for i in range(sets.count()):  # content.tabs.link: choosing Go on one example chooses it on all
        assert shown(i) == [k == go for k in range(len(languages))], f"tab set {i} did not switch to Go"
        assert "package main" in sets.nth(i).locator(".tabbed-block").nth(go).inner_text()
    page.close()


def test_llms_txt_at_the_root_lists_every_page_once_with_a_line_each(site: tuple[str, Path]) -> None:
    base, folder = site
    text = (folder / "llms.txt").read_text(encoding="utf-8")
    assert text.startswith("# leadiosa-async\n\n> The async Python SDK for the Leadiosa REST API v1\n")
    linked = re.findall(r"^- \[[^\]]+\]\(([^)]*)\)(?:: .+)?$", text, re.M)
    pages = {page.removesuffix("index.html") or "./" for page in _pages(folder)}
    assert sorted(linked) == sorted(pages)  # every page of the site, once
    assert "- [Agents (MCP)](agents/): `leadiosa mcp` serves the API to AI agents" in text
    for url in linked:
        path, _ = _target(folder, base, base + url)
        assert path.is_file(), url
