"""A respx-mocked Leadiosa API answering every operation with the example documented in openapi.json.

A stand-in for the demo until the built-in sandbox exists: it is stateless and only knows the
documented examples (a list has two pages), plus a 404 for IDs starting with `missing`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx
import respx

SPEC = Path(__file__).resolve().parent.parent / "openapi.json"
BASE_URL = "https://leadiosa.test/api/v1"


def _not_found(request: httpx.Request) -> httpx.Response:
    body = {"error": {"code": "not_found", "message": f"{request.url.path} does not exist.", "request_id": "req_d3m0"}}
    return httpx.Response(404, json=body)


def _pages(example: dict[str, Any], headers: dict[str, str]) -> Any:
    last = {**example, "pagination": {"has_more": False}}

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=last if "after" in request.url.params else example, headers=headers)

    return respond


def mock_router() -> respx.MockRouter:
    spec: dict[str, Any] = json.loads(SPEC.read_text(encoding="utf-8"))
    router = respx.mock(base_url=BASE_URL, assert_all_called=False)
    router.route(path__regex=r".*/missing[^/]*$").mock(side_effect=_not_found)
    for path, item in spec["paths"].items():
        pattern = re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"
        for method, op in item.items():
            status, response = next((int(s), r) for s, r in op["responses"].items() if s.startswith("2"))
            example = response.get("content", {}).get("application/json", {}).get("example")
            headers = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "299", "X-RateLimit-Reset": "1747038505"}
            route = router.route(method=method.upper(), path__regex=".*" + pattern)
            if isinstance(example, dict) and "pagination" in example:
                route.mock(side_effect=_pages(example, headers))  # a second page, then the end
            else:
                route.respond(status, json=example, headers=headers)
    return router
