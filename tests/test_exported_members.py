"""The public face: one sorted __all__ that names every public member, and nothing else."""

from __future__ import annotations

import types

import leadiosa_async
from leadiosa_async import models


def _public(module: object) -> set[str]:
    return {
        name
        for name, value in vars(module).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }


def test_all_is_sorted_complete_and_resolvable() -> None:
    names = leadiosa_async.__all__
    assert names == sorted(names, key=lambda n: (not n.isupper(), n.startswith("_"), n))
    assert set(names) == _public(leadiosa_async) | {"__version__"} | set(leadiosa_async._LAZY)
    for name in names:
        assert getattr(leadiosa_async, name) is not None


def test_design_public_names_are_exported() -> None:
    expected = {
        "AsyncLeadiosa", "Page", "LeadiosaError", "APIError", "APIStatusError", "BadRequestError",
        "AuthenticationError", "PermissionDeniedError", "NotFoundError", "ConflictError", "PayloadTooLargeError",
        "UnprocessableEntityError", "RateLimitError", "InternalServerError", "APIConnectionError",
        "APITimeoutError", "ResponseValidationError", "CursorExpiredError", "WebhookVerificationError",
    }  # fmt: skip
    assert expected <= set(leadiosa_async.__all__)


def test_models_shim_exports_every_generated_model() -> None:
    from leadiosa_async._generated import models as generated

    assert models.__all__ == sorted(models.__all__)
    assert set(generated.__all__) | {"File", "UNSET", "UnknownVariant", "Unset"} == set(models.__all__)
    for name in models.__all__:
        assert getattr(models, name) is not None


def test_the_feature_packages_keep_the_import_paths_users_write() -> None:
    """`leadiosa_async.webhooks` and `leadiosa_async.cli` are packages with a module per role; what users import
    from them (the docs' and examples' imports, the `leadiosa` entry point) stays where it was."""
    import importlib.metadata

    from leadiosa_async import cli, webhooks

    assert webhooks.__all__ == [
        "EVENT_CLASSES", "DedupeStore", "InMemoryDedupeStore", "RedisDedupeStore", "RedisStreamQueue",
        "UnknownWebhookEvent", "WebhookApp", "WebhookEvent", "WebhookReceiver", "WebhookVerificationError",
        "asgi_app", "sign", "verify",
    ]  # fmt: skip
    assert all(getattr(webhooks, name) is not None for name in webhooks.__all__)
    assert set(cli.__all__) == {"EXIT_CODES", "main"} and callable(cli.main) and cli.EXIT_CODES
    (script,) = [e for e in importlib.metadata.entry_points(group="console_scripts") if e.name == "leadiosa"]
    assert script.value == "leadiosa_async.cli:main" and script.load() is cli.main
