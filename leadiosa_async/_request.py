"""`client.request()`: any endpoint, through the same pipeline as the generated operations — for an endpoint the API
added before the SDK was regenerated. The call is described by an `Operation` built at call time (its method says
whether it may be retried, as for generated operations), so the gate, retries, deadlines, typed errors,
deprecation warnings, hooks and telemetry all apply."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from ._operation import Operation

T = TypeVar("T")
IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
METHODS = IDEMPOTENT | {"POST", "PATCH"}


def request_operation(method: str, path: str) -> Operation:
    """The `Operation` of one `client.request(method, path)` call; the path is relative to the base URL."""
    if not isinstance(method, str) or method.upper() not in METHODS:
        raise ValueError(f"method must be one of {', '.join(sorted(METHODS))}, got {method!r}")
    if not isinstance(path, str):
        raise TypeError(f"path must be a str, got {type(path).__name__}")
    if not path.startswith("/") or path.startswith("//") or "://" in path or any(c in path for c in "\r\n#"):
        raise ValueError(f"path must be a path relative to the base URL, starting with one '/', got {path!r}")
    method = method.upper()
    return Operation(f"{method} {path}", "request", method, path, idempotent=method in IDEMPOTENT,
                     deprecated=False, paginated=False, returns_json=True, method_name="request",
                     body_optional=True)  # fmt: skip


def request_kwargs(
    path: str, params: Mapping[str, Any] | None, json: Any, files: Mapping[str, Any] | None
) -> dict[str, Any]:
    """The httpx arguments of the call (`files` as httpx takes them, for a multipart upload)."""
    if params is not None and not isinstance(params, Mapping):
        raise TypeError(f"params must be a mapping, got {type(params).__name__}")
    if files is not None and json is not None:
        raise ValueError("a request has a JSON body or a multipart one (files=), not both")
    kwargs: dict[str, Any] = {"url": path}
    if params:
        kwargs["params"] = {k: v for k, v in params.items() if v is not None}
    if json is not None:
        kwargs["json"] = json
    if files is not None:
        kwargs["files"] = files
    return kwargs


def parser(cast_to: type[T] | None) -> Callable[[Any], Any]:
    """The decoded JSON as it came (None for a response without a body), or `cast_to.from_dict()` of it."""
    if cast_to is None:
        return _as_is
    from_dict = getattr(cast_to, "from_dict", None)
    if from_dict is None:
        raise TypeError(f"cast_to must be a model class of leadiosa_async.models (with from_dict), got {cast_to!r}")
    return lambda data: None if data is None else from_dict(data)


def _as_is(data: Any) -> Any:
    return data
