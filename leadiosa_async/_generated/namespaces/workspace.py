# generated from openapi.json by `python -m codegen` — do not edit
"""`client.workspace`: Workspace lifecycle: archive-status, close, restore. Owner-only."""

from __future__ import annotations

from typing import Unpack

from ..._protocol import (
    APIResponse,
    RequestOptions,
    Str,
    SyncRunner,
    Transport,
    operation,
)
from .. import _operations as ops
from ..api.workspace import workspace_close as _workspace_close
from ..api.workspace import workspace_get as _workspace_get
from ..api.workspace import workspace_get_archive_status as _workspace_get_archive_status
from ..api.workspace import workspace_restore as _workspace_restore
from ..models.archive_status import ArchiveStatus
from ..models.workspace import Workspace
from ..models.workspace_close import WorkspaceClose
from ..types import UNSET, Unset

# Argument checks, from the spec (leadiosa_async/_arguments.py): TypeError / ValueError before sending.
_CHECK_0 = Str(min_length=1)
_CHECK_1 = Str(max_length=1000)


class WorkspaceNamespace:
    """Workspace lifecycle: archive-status, close, restore. Owner-only."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        """Built by the client (`client.workspace`), not by you.

        Args:
            transport: The client's request pipeline.
        """
        self._transport = transport

    @property
    def with_raw_response(self) -> WorkspaceNamespaceWithRawResponse:
        """The same operations, returning the `APIResponse` (status, headers, request id, timings) instead."""
        return WorkspaceNamespaceWithRawResponse(self._transport)

    @operation(ops.WORKSPACE_CLOSE)
    async def close(
        self,
        *,
        confirm: str,
        reason: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ArchiveStatus:
        """Close the workspace

        `POST /workspace/close` — operationId `workspace_close`.

        Schedules the workspace for deletion; data is purged 30 days later unless it is restored. Owner-
        only: other tokens get 403. Closing a workspace that is not active is a 409.

        Args:
            confirm: The workspace name, to confirm.
            reason: Why the workspace is closed (kept for the audit log).
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            ArchiveStatus

        """
        if not (confirm.__class__ is str and 1 <= len(confirm)):
            _CHECK_0("confirm", confirm)
        if reason is not UNSET and not (reason.__class__ is str and len(reason) <= 1000):
            _CHECK_1("reason", reason)
        return await _workspace_close.call(
            self._transport,
            options,
            body=WorkspaceClose(
                confirm=confirm,
                reason=reason,
            ),
        )

    @operation(ops.WORKSPACE_GET)
    async def get(
        self,
        **options: Unpack[RequestOptions],
    ) -> Workspace:
        """Get the workspace

        `GET /workspace` — operationId `workspace_get`.

        The workspace the token belongs to.

        Args:
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Workspace

        """
        return await _workspace_get.call(
            self._transport,
            options,
        )

    @operation(ops.WORKSPACE_GET_ARCHIVE_STATUS)
    async def get_archive_status(
        self,
        **options: Unpack[RequestOptions],
    ) -> ArchiveStatus:
        """Get the archive status

        `GET /workspace/archive-status` — operationId `workspace_get_archive_status`.

        Where the workspace stands in the close / restore lifecycle. Owner-only: other tokens get 403.

        Args:
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            ArchiveStatus

        """
        return await _workspace_get_archive_status.call(
            self._transport,
            options,
        )

    @operation(ops.WORKSPACE_RESTORE)
    async def restore(
        self,
        **options: Unpack[RequestOptions],
    ) -> Workspace:
        """Restore the workspace

        `POST /workspace/restore` — operationId `workspace_restore`.

        Cancels a scheduled deletion. Owner-only: other tokens get 403. Restoring a workspace that is
        already active changes nothing and answers with it (idempotent, the conventional design; the docs
        are silent).

        Args:
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Workspace

        """
        return await _workspace_restore.call(
            self._transport,
            options,
        )


class WorkspaceNamespaceWithRawResponse:
    """`client.workspace.with_raw_response`: each operation returns its `APIResponse`."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        """Built by the client (`client.workspace`), not by you.

        Args:
            transport: The client's request pipeline.
        """
        self._transport = transport

    @operation(ops.WORKSPACE_CLOSE)
    async def close(
        self,
        *,
        confirm: str,
        reason: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ArchiveStatus]:
        """Close the workspace

        `POST /workspace/close` — operationId `workspace_close`.

        Schedules the workspace for deletion; data is purged 30 days later unless it is restored. Owner-
        only: other tokens get 403. Closing a workspace that is not active is a 409.

        Args:
            confirm: The workspace name, to confirm.
            reason: Why the workspace is closed (kept for the audit log).
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[ArchiveStatus]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if not (confirm.__class__ is str and 1 <= len(confirm)):
            _CHECK_0("confirm", confirm)
        if reason is not UNSET and not (reason.__class__ is str and len(reason) <= 1000):
            _CHECK_1("reason", reason)
        return await self._transport.request_raw(
            ops.WORKSPACE_CLOSE,
            _workspace_close._get_kwargs(
                body=WorkspaceClose(
                    confirm=confirm,
                    reason=reason,
                ),
            ),
            _workspace_close._parse,
            options,
        )

    @operation(ops.WORKSPACE_GET)
    async def get(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Workspace]:
        """Get the workspace

        `GET /workspace` — operationId `workspace_get`.

        The workspace the token belongs to.

        Args:
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Workspace]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        return await self._transport.request_raw(
            ops.WORKSPACE_GET,
            _workspace_get._get_kwargs(),
            _workspace_get._parse,
            options,
        )

    @operation(ops.WORKSPACE_GET_ARCHIVE_STATUS)
    async def get_archive_status(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ArchiveStatus]:
        """Get the archive status

        `GET /workspace/archive-status` — operationId `workspace_get_archive_status`.

        Where the workspace stands in the close / restore lifecycle. Owner-only: other tokens get 403.

        Args:
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[ArchiveStatus]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        return await self._transport.request_raw(
            ops.WORKSPACE_GET_ARCHIVE_STATUS,
            _workspace_get_archive_status._get_kwargs(),
            _workspace_get_archive_status._parse,
            options,
        )

    @operation(ops.WORKSPACE_RESTORE)
    async def restore(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Workspace]:
        """Restore the workspace

        `POST /workspace/restore` — operationId `workspace_restore`.

        Cancels a scheduled deletion. Owner-only: other tokens get 403. Restoring a workspace that is
        already active changes nothing and answers with it (idempotent, the conventional design; the docs
        are silent).

        Args:
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Workspace]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        return await self._transport.request_raw(
            ops.WORKSPACE_RESTORE,
            _workspace_restore._get_kwargs(),
            _workspace_restore._parse,
            options,
        )


class WorkspaceSyncNamespace:
    """`Leadiosa().workspace`: Workspace lifecycle: archive-status, close, restore. Owner-only."""

    __slots__ = ("_async", "_portal")

    def __init__(self, portal: SyncRunner, namespace: WorkspaceNamespace) -> None:
        """Built by the client (`Leadiosa().workspace`), not by you.

        Args:
            portal: Runs the async namespace's calls on the sync client's event loop.
            namespace: The async namespace it wraps.
        """
        self._portal = portal
        self._async = namespace

    @property
    def with_raw_response(self) -> WorkspaceSyncNamespaceWithRawResponse:
        """The same operations, returning the `APIResponse` (status, headers, request id, timings) instead."""
        return WorkspaceSyncNamespaceWithRawResponse(self._portal, self._async.with_raw_response)

    @operation(ops.WORKSPACE_CLOSE)
    def close(
        self,
        *,
        confirm: str,
        reason: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ArchiveStatus:
        """Close the workspace

        `POST /workspace/close` — operationId `workspace_close`.

        Schedules the workspace for deletion; data is purged 30 days later unless it is restored. Owner-
        only: other tokens get 403. Closing a workspace that is not active is a 409.

        Args:
            confirm: The workspace name, to confirm.
            reason: Why the workspace is closed (kept for the audit log).
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            ArchiveStatus

        """

        return self._portal.call(self._async.close, confirm=confirm, reason=reason, **options)

    @operation(ops.WORKSPACE_GET)
    def get(
        self,
        **options: Unpack[RequestOptions],
    ) -> Workspace:
        """Get the workspace

        `GET /workspace` — operationId `workspace_get`.

        The workspace the token belongs to.

        Args:
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Workspace

        """

        return self._portal.call(self._async.get, **options)

    @operation(ops.WORKSPACE_GET_ARCHIVE_STATUS)
    def get_archive_status(
        self,
        **options: Unpack[RequestOptions],
    ) -> ArchiveStatus:
        """Get the archive status

        `GET /workspace/archive-status` — operationId `workspace_get_archive_status`.

        Where the workspace stands in the close / restore lifecycle. Owner-only: other tokens get 403.

        Args:
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            ArchiveStatus

        """

        return self._portal.call(self._async.get_archive_status, **options)

    @operation(ops.WORKSPACE_RESTORE)
    def restore(
        self,
        **options: Unpack[RequestOptions],
    ) -> Workspace:
        """Restore the workspace

        `POST /workspace/restore` — operationId `workspace_restore`.

        Cancels a scheduled deletion. Owner-only: other tokens get 403. Restoring a workspace that is
        already active changes nothing and answers with it (idempotent, the conventional design; the docs
        are silent).

        Args:
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Workspace

        """

        return self._portal.call(self._async.restore, **options)


class WorkspaceSyncNamespaceWithRawResponse:
    """`Leadiosa().workspace.with_raw_response`: each operation returns its `APIResponse`."""

    __slots__ = ("_async", "_portal")

    def __init__(self, portal: SyncRunner, namespace: WorkspaceNamespaceWithRawResponse) -> None:
        """Built by the client (`Leadiosa().workspace`), not by you.

        Args:
            portal: Runs the async namespace's calls on the sync client's event loop.
            namespace: The async namespace it wraps.
        """
        self._portal = portal
        self._async = namespace

    @operation(ops.WORKSPACE_CLOSE)
    def close(
        self,
        *,
        confirm: str,
        reason: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ArchiveStatus]:
        """Close the workspace

        `POST /workspace/close` — operationId `workspace_close`.

        Schedules the workspace for deletion; data is purged 30 days later unless it is restored. Owner-
        only: other tokens get 403. Closing a workspace that is not active is a 409.

        Args:
            confirm: The workspace name, to confirm.
            reason: Why the workspace is closed (kept for the audit log).
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[ArchiveStatus]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.close, confirm=confirm, reason=reason, **options)

    @operation(ops.WORKSPACE_GET)
    def get(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Workspace]:
        """Get the workspace

        `GET /workspace` — operationId `workspace_get`.

        The workspace the token belongs to.

        Args:
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Workspace]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.get, **options)

    @operation(ops.WORKSPACE_GET_ARCHIVE_STATUS)
    def get_archive_status(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ArchiveStatus]:
        """Get the archive status

        `GET /workspace/archive-status` — operationId `workspace_get_archive_status`.

        Where the workspace stands in the close / restore lifecycle. Owner-only: other tokens get 403.

        Args:
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[ArchiveStatus]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.get_archive_status, **options)

    @operation(ops.WORKSPACE_RESTORE)
    def restore(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Workspace]:
        """Restore the workspace

        `POST /workspace/restore` — operationId `workspace_restore`.

        Cancels a scheduled deletion. Owner-only: other tokens get 403. Restoring a workspace that is
        already active changes nothing and answers with it (idempotent, the conventional design; the docs
        are silent).

        Args:
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Workspace]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.restore, **options)
