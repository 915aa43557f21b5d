# generated from openapi.json by `python -m codegen` — do not edit
"""`client.messages`: Append a message, list a conversation's thread."""

from __future__ import annotations

from typing import Unpack

from ..._protocol import (
    APIResponse,
    Enum,
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
from ..api.messages import messages_create as _messages_create
from ..api.messages import messages_list as _messages_list
from ..models.author_type import AuthorType
from ..models.message import Message
from ..models.message_create import MessageCreate
from ..models.message_direction import MessageDirection
from ..types import UNSET, Unset

# Argument checks, from the spec (leadiosa_async/_arguments.py): TypeError / ValueError before sending.
_CHECK_0 = Str(min_length=1)
_CHECK_1 = Str(min_length=1, max_length=20000)
_CHECK_2 = Enum(("contact", "agent", "ai"))
_CHECK_3 = Enum(("inbound", "outbound"))
_CHECK_4 = Number(integer=True, minimum=1, maximum=100)


class MessagesNamespace:
    """Append a message, list a conversation's thread."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        """Built by the client (`client.messages`), not by you.

        Args:
            transport: The client's request pipeline.
        """
        self._transport = transport

    @property
    def with_raw_response(self) -> MessagesNamespaceWithRawResponse:
        """The same operations, returning the `APIResponse` (status, headers, request id, timings) instead."""
        return MessagesNamespaceWithRawResponse(self._transport)

    @operation(ops.MESSAGES_CREATE)
    async def create(
        self,
        conversation_id: str,
        *,
        body: str,
        author_type: AuthorType | Unset = UNSET,
        direction: MessageDirection | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Message:
        """Append a message

        `POST /conversations/{conversation_id}/messages` — operationId `messages_create`.

        Appends a message to the thread. Appending to a closed conversation is a 409 `conversation_closed`.

        Args:
            conversation_id: The conversation's ID.
            body: The message text.
            author_type: Who wrote a message.
            direction: inbound: from the contact; outbound: to the contact.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Message

        """
        if not (conversation_id.__class__ is str and 1 <= len(conversation_id)):
            _CHECK_0("conversation_id", conversation_id)
        if not (body.__class__ is str and 1 <= len(body) and len(body) <= 20000):
            _CHECK_1("body", body)
        if author_type is not UNSET and not (
            author_type.__class__ is str and author_type in {"agent", "ai", "contact"}
        ):
            _CHECK_2("author_type", author_type)
        if direction is not UNSET and not (direction.__class__ is str and direction in {"inbound", "outbound"}):
            _CHECK_3("direction", direction)
        return await _messages_create.call(
            self._transport,
            options,
            conversation_id,
            body=MessageCreate(
                body=body,
                author_type=author_type,
                direction=direction,
            ),
        )

    @operation(ops.MESSAGES_LIST)
    def list(
        self,
        conversation_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PageCall[Message]:
        """List a conversation's messages

        `GET /conversations/{conversation_id}/messages` — operationId `messages_list`.

        The thread, oldest first. Internal notes are never part of it. Cursor-paginated: pass the previous
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
            PageCall[Message]: `await` it for the first `Page` (`.data`, `.has_more`,
            `.next_cursor`), or `async for` it for every item of every page (`.pages()` for pages);
            `client.paginate()` adds prefetch, `max_items` and restarts.

        """
        if not (conversation_id.__class__ is str and 1 <= len(conversation_id)):
            _CHECK_0("conversation_id", conversation_id)
        if limit is not UNSET and not (limit.__class__ is int and 1 <= limit <= 100):
            _CHECK_4("limit", limit)
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
            lambda: _messages_list.call(
                self._transport,
                options,
                conversation_id,
                limit=limit,
                after=after,
            ),
        )


class MessagesNamespaceWithRawResponse:
    """`client.messages.with_raw_response`: each operation returns its `APIResponse`."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        """Built by the client (`client.messages`), not by you.

        Args:
            transport: The client's request pipeline.
        """
        self._transport = transport

    @operation(ops.MESSAGES_CREATE)
    async def create(
        self,
        conversation_id: str,
        *,
        body: str,
        author_type: AuthorType | Unset = UNSET,
        direction: MessageDirection | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Message]:
        """Append a message

        `POST /conversations/{conversation_id}/messages` — operationId `messages_create`.

        Appends a message to the thread. Appending to a closed conversation is a 409 `conversation_closed`.

        Args:
            conversation_id: The conversation's ID.
            body: The message text.
            author_type: Who wrote a message.
            direction: inbound: from the contact; outbound: to the contact.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Message]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if not (conversation_id.__class__ is str and 1 <= len(conversation_id)):
            _CHECK_0("conversation_id", conversation_id)
        if not (body.__class__ is str and 1 <= len(body) and len(body) <= 20000):
            _CHECK_1("body", body)
        if author_type is not UNSET and not (
            author_type.__class__ is str and author_type in {"agent", "ai", "contact"}
        ):
            _CHECK_2("author_type", author_type)
        if direction is not UNSET and not (direction.__class__ is str and direction in {"inbound", "outbound"}):
            _CHECK_3("direction", direction)
        return await self._transport.request_raw(
            ops.MESSAGES_CREATE,
            _messages_create._get_kwargs(
                conversation_id,
                body=MessageCreate(
                    body=body,
                    author_type=author_type,
                    direction=direction,
                ),
            ),
            _messages_create._parse,
            options,
        )

    @operation(ops.MESSAGES_LIST)
    async def list(
        self,
        conversation_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Page[Message]]:
        """List a conversation's messages

        `GET /conversations/{conversation_id}/messages` — operationId `messages_list`.

        The thread, oldest first. Internal notes are never part of it. Cursor-paginated: pass the previous
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
            APIResponse[Page[Message]]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if not (conversation_id.__class__ is str and 1 <= len(conversation_id)):
            _CHECK_0("conversation_id", conversation_id)
        if limit is not UNSET and not (limit.__class__ is int and 1 <= limit <= 100):
            _CHECK_4("limit", limit)
        if after is not UNSET and not (after.__class__ is str and 1 <= len(after)):
            _CHECK_0("after", after)
        return await self._transport.request_raw(
            ops.MESSAGES_LIST,
            _messages_list._get_kwargs(
                conversation_id,
                limit=limit,
                after=after,
            ),
            _messages_list._parse,
            options,
        )


class MessagesSyncNamespace:
    """`Leadiosa().messages`: Append a message, list a conversation's thread."""

    __slots__ = ("_async", "_portal")

    def __init__(self, portal: SyncRunner, namespace: MessagesNamespace) -> None:
        """Built by the client (`Leadiosa().messages`), not by you.

        Args:
            portal: Runs the async namespace's calls on the sync client's event loop.
            namespace: The async namespace it wraps.
        """
        self._portal = portal
        self._async = namespace

    @property
    def with_raw_response(self) -> MessagesSyncNamespaceWithRawResponse:
        """The same operations, returning the `APIResponse` (status, headers, request id, timings) instead."""
        return MessagesSyncNamespaceWithRawResponse(self._portal, self._async.with_raw_response)

    @operation(ops.MESSAGES_CREATE)
    def create(
        self,
        conversation_id: str,
        *,
        body: str,
        author_type: AuthorType | Unset = UNSET,
        direction: MessageDirection | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Message:
        """Append a message

        `POST /conversations/{conversation_id}/messages` — operationId `messages_create`.

        Appends a message to the thread. Appending to a closed conversation is a 409 `conversation_closed`.

        Args:
            conversation_id: The conversation's ID.
            body: The message text.
            author_type: Who wrote a message.
            direction: inbound: from the contact; outbound: to the contact.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Message

        """

        return self._portal.call(
            self._async.create, conversation_id, body=body, author_type=author_type, direction=direction, **options
        )

    @operation(ops.MESSAGES_LIST)
    def list(
        self,
        conversation_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Message]:
        """List a conversation's messages

        `GET /conversations/{conversation_id}/messages` — operationId `messages_list`.

        The thread, oldest first. Internal notes are never part of it. Cursor-paginated: pass the previous
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
            SyncPage[Message]: the first page (`.data`, `.has_more`, `.next_cursor`);
            iterate it for every item of every page (`.pages()` for pages).

        """

        return self._portal.page(self._async.list(conversation_id, limit=limit, after=after, **options))


class MessagesSyncNamespaceWithRawResponse:
    """`Leadiosa().messages.with_raw_response`: each operation returns its `APIResponse`."""

    __slots__ = ("_async", "_portal")

    def __init__(self, portal: SyncRunner, namespace: MessagesNamespaceWithRawResponse) -> None:
        """Built by the client (`Leadiosa().messages`), not by you.

        Args:
            portal: Runs the async namespace's calls on the sync client's event loop.
            namespace: The async namespace it wraps.
        """
        self._portal = portal
        self._async = namespace

    @operation(ops.MESSAGES_CREATE)
    def create(
        self,
        conversation_id: str,
        *,
        body: str,
        author_type: AuthorType | Unset = UNSET,
        direction: MessageDirection | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Message]:
        """Append a message

        `POST /conversations/{conversation_id}/messages` — operationId `messages_create`.

        Appends a message to the thread. Appending to a closed conversation is a 409 `conversation_closed`.

        Args:
            conversation_id: The conversation's ID.
            body: The message text.
            author_type: Who wrote a message.
            direction: inbound: from the contact; outbound: to the contact.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Message]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(
            self._async.create, conversation_id, body=body, author_type=author_type, direction=direction, **options
        )

    @operation(ops.MESSAGES_LIST)
    def list(
        self,
        conversation_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Page[Message]]:
        """List a conversation's messages

        `GET /conversations/{conversation_id}/messages` — operationId `messages_list`.

        The thread, oldest first. Internal notes are never part of it. Cursor-paginated: pass the previous
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
            APIResponse[Page[Message]]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.list, conversation_id, limit=limit, after=after, **options)
