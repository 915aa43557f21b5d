# generated from openapi.json by `python -m codegen` — do not edit
"""`client.notes`: Internal notes on conversations. Never visible to the contact."""

from __future__ import annotations

from typing import Unpack

from ..._protocol import (
    APIResponse,
    Number,
    Page,
    PageCall,
    RequestOptions,
    Str,
    SyncPage,
    SyncRunner,
    Transport,
    operation,
)
from .. import _operations as ops
from ..api.notes import notes_create as _notes_create
from ..api.notes import notes_list as _notes_list
from ..models.note import Note
from ..models.note_create import NoteCreate
from ..types import UNSET, Unset

# Argument checks, from the spec (leadiosa_async/_arguments.py): TypeError / ValueError before sending.
_CHECK_0 = Str(min_length=1)
_CHECK_1 = Str(min_length=1, max_length=20000)
_CHECK_2 = Number(integer=True, minimum=1, maximum=100)


class NotesNamespace:
    """Internal notes on conversations. Never visible to the contact."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        """Built by the client (`client.notes`), not by you.

        Args:
            transport: The client's request pipeline.
        """
        self._transport = transport

    @property
    def with_raw_response(self) -> NotesNamespaceWithRawResponse:
        """The same operations, returning the `APIResponse` (status, headers, request id, timings) instead."""
        return NotesNamespaceWithRawResponse(self._transport)

    @operation(ops.NOTES_CREATE)
    async def create(
        self,
        conversation_id: str,
        *,
        body: str,
        **options: Unpack[RequestOptions],
    ) -> Note:
        """Add an internal note

        `POST /conversations/{conversation_id}/notes` — operationId `notes_create`.

        Adds a note that only workspace members see.

        Args:
            conversation_id: The conversation's ID.
            body: The note's text, visible to the team only.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Note

        """
        if not (conversation_id.__class__ is str and 1 <= len(conversation_id)):
            _CHECK_0("conversation_id", conversation_id)
        if not (body.__class__ is str and 1 <= len(body) and len(body) <= 20000):
            _CHECK_1("body", body)
        return await _notes_create.call(
            self._transport,
            options,
            conversation_id,
            body=NoteCreate(
                body=body,
            ),
        )

    @operation(ops.NOTES_LIST)
    def list(
        self,
        conversation_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PageCall[Note]:
        """List a conversation's notes

        `GET /conversations/{conversation_id}/notes` — operationId `notes_list`.

        Internal notes, oldest first. Never visible to the contact. Cursor-paginated: pass the previous
        page's `next_cursor` (`pagination.next_cursor` in the JSON) as `after` to get the next page. A
        cursor is valid only until the listed data changes; an expired cursor is answered with 400
        `cursor_expired`.

        Args:
            conversation_id: The conversation's ID.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            PageCall[Note]: `await` it for the first `Page` (`.data`, `.has_more`,
            `.next_cursor`), or `async for` it for every item of every page (`.pages()` for pages);
            `client.paginate()` adds prefetch, `max_items` and restarts.

        """
        if not (conversation_id.__class__ is str and 1 <= len(conversation_id)):
            _CHECK_0("conversation_id", conversation_id)
        if limit is not UNSET and not (limit.__class__ is int and 1 <= limit <= 100):
            _CHECK_2("limit", limit)
        if after is not UNSET and not (after.__class__ is str and 1 <= len(after)):
            _CHECK_0("after", after)
        return PageCall(
            self.list,
            (conversation_id,),
            lambda: {  # the keyword arguments, built only when the call is iterated
                **{
                    name: value
                    for name, value in (
                        ("limit", limit),
                        ("after", after),
                    )
                    if value is not UNSET
                },
                **options,
            },
            lambda: _notes_list.call(
                self._transport,
                options,
                conversation_id,
                limit=limit,
                after=after,
            ),
        )


class NotesNamespaceWithRawResponse:
    """`client.notes.with_raw_response`: each operation returns its `APIResponse`."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        """Built by the client (`client.notes`), not by you.

        Args:
            transport: The client's request pipeline.
        """
        self._transport = transport

    @operation(ops.NOTES_CREATE)
    async def create(
        self,
        conversation_id: str,
        *,
        body: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Note]:
        """Add an internal note

        `POST /conversations/{conversation_id}/notes` — operationId `notes_create`.

        Adds a note that only workspace members see.

        Args:
            conversation_id: The conversation's ID.
            body: The note's text, visible to the team only.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Note]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if not (conversation_id.__class__ is str and 1 <= len(conversation_id)):
            _CHECK_0("conversation_id", conversation_id)
        if not (body.__class__ is str and 1 <= len(body) and len(body) <= 20000):
            _CHECK_1("body", body)
        return await self._transport.request_raw(
            ops.NOTES_CREATE,
            _notes_create._get_kwargs(
                conversation_id,
                body=NoteCreate(
                    body=body,
                ),
            ),
            _notes_create._parse,
            options,
        )

    @operation(ops.NOTES_LIST)
    async def list(
        self,
        conversation_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Page[Note]]:
        """List a conversation's notes

        `GET /conversations/{conversation_id}/notes` — operationId `notes_list`.

        Internal notes, oldest first. Never visible to the contact. Cursor-paginated: pass the previous
        page's `next_cursor` (`pagination.next_cursor` in the JSON) as `after` to get the next page. A
        cursor is valid only until the listed data changes; an expired cursor is answered with 400
        `cursor_expired`.

        Args:
            conversation_id: The conversation's ID.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Page[Note]]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if not (conversation_id.__class__ is str and 1 <= len(conversation_id)):
            _CHECK_0("conversation_id", conversation_id)
        if limit is not UNSET and not (limit.__class__ is int and 1 <= limit <= 100):
            _CHECK_2("limit", limit)
        if after is not UNSET and not (after.__class__ is str and 1 <= len(after)):
            _CHECK_0("after", after)
        return await self._transport.request_raw(
            ops.NOTES_LIST,
            _notes_list._get_kwargs(
                conversation_id,
                limit=limit,
                after=after,
            ),
            _notes_list._parse,
            options,
        )


class NotesSyncNamespace:
    """`Leadiosa().notes`: Internal notes on conversations. Never visible to the contact."""

    __slots__ = ("_async", "_portal")

    def __init__(self, portal: SyncRunner, namespace: NotesNamespace) -> None:
        """Built by the client (`Leadiosa().notes`), not by you.

        Args:
            portal: Runs the async namespace's calls on the sync client's event loop.
            namespace: The async namespace it wraps.
        """
        self._portal = portal
        self._async = namespace

    @property
    def with_raw_response(self) -> NotesSyncNamespaceWithRawResponse:
        """The same operations, returning the `APIResponse` (status, headers, request id, timings) instead."""
        return NotesSyncNamespaceWithRawResponse(self._portal, self._async.with_raw_response)

    @operation(ops.NOTES_CREATE)
    def create(
        self,
        conversation_id: str,
        *,
        body: str,
        **options: Unpack[RequestOptions],
    ) -> Note:
        """Add an internal note

        `POST /conversations/{conversation_id}/notes` — operationId `notes_create`.

        Adds a note that only workspace members see.

        Args:
            conversation_id: The conversation's ID.
            body: The note's text, visible to the team only.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Note

        """

        return self._portal.call(self._async.create, conversation_id, body=body, **options)

    @operation(ops.NOTES_LIST)
    def list(
        self,
        conversation_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Note]:
        """List a conversation's notes

        `GET /conversations/{conversation_id}/notes` — operationId `notes_list`.

        Internal notes, oldest first. Never visible to the contact. Cursor-paginated: pass the previous
        page's `next_cursor` (`pagination.next_cursor` in the JSON) as `after` to get the next page. A
        cursor is valid only until the listed data changes; an expired cursor is answered with 400
        `cursor_expired`.

        Args:
            conversation_id: The conversation's ID.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            SyncPage[Note]: the first page (`.data`, `.has_more`, `.next_cursor`);
            iterate it for every item of every page (`.pages()` for pages).

        """

        return self._portal.page(self._async.list(conversation_id, limit=limit, after=after, **options))


class NotesSyncNamespaceWithRawResponse:
    """`Leadiosa().notes.with_raw_response`: each operation returns its `APIResponse`."""

    __slots__ = ("_async", "_portal")

    def __init__(self, portal: SyncRunner, namespace: NotesNamespaceWithRawResponse) -> None:
        """Built by the client (`Leadiosa().notes`), not by you.

        Args:
            portal: Runs the async namespace's calls on the sync client's event loop.
            namespace: The async namespace it wraps.
        """
        self._portal = portal
        self._async = namespace

    @operation(ops.NOTES_CREATE)
    def create(
        self,
        conversation_id: str,
        *,
        body: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Note]:
        """Add an internal note

        `POST /conversations/{conversation_id}/notes` — operationId `notes_create`.

        Adds a note that only workspace members see.

        Args:
            conversation_id: The conversation's ID.
            body: The note's text, visible to the team only.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Note]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.create, conversation_id, body=body, **options)

    @operation(ops.NOTES_LIST)
    def list(
        self,
        conversation_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Page[Note]]:
        """List a conversation's notes

        `GET /conversations/{conversation_id}/notes` — operationId `notes_list`.

        Internal notes, oldest first. Never visible to the contact. Cursor-paginated: pass the previous
        page's `next_cursor` (`pagination.next_cursor` in the JSON) as `after` to get the next page. A
        cursor is valid only until the listed data changes; an expired cursor is answered with 400
        `cursor_expired`.

        Args:
            conversation_id: The conversation's ID.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Page[Note]]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.list, conversation_id, limit=limit, after=after, **options)
