# generated from openapi.json by `python -m codegen` — do not edit
"""`client.conversations`: Conversation lifecycle, status transitions, assignment."""

from __future__ import annotations

import builtins
from typing import Any, Unpack

from ..._protocol import (
    APIResponse,
    Array,
    Enum,
    Model,
    Number,
    Page,
    PageCall,
    RequestOptions,
    Str,
    SyncPage,
    SyncRunner,
    Transport,
    at_least,
    coerce_model,
    operation,
)
from .. import _operations as ops
from ..api.conversations import conversations_assign as _conversations_assign
from ..api.conversations import conversations_create as _conversations_create
from ..api.conversations import conversations_get as _conversations_get
from ..api.conversations import conversations_list as _conversations_list
from ..api.conversations import conversations_update as _conversations_update
from ..models.channel import Channel
from ..models.contact_input import ContactInput
from ..models.conversation import Conversation
from ..models.conversation_assign import ConversationAssign
from ..models.conversation_create import ConversationCreate
from ..models.conversation_status import ConversationStatus
from ..models.conversation_update import ConversationUpdate
from ..types import UNSET, Unset

# Argument checks, from the spec (leadiosa_async/_arguments.py): TypeError / ValueError before sending.
_CHECK_0 = Str(min_length=1)
_CHECK_1 = Enum(("email", "chat", "whatsapp", "sms"))
_CHECK_2 = Model(
    ContactInput, {"email": Str(max_length=320), "name": Str(max_length=200), "phone": Str(max_length=32)}, ("email",)
)
_CHECK_3 = Str(max_length=500)
_CHECK_4 = Str(min_length=1, max_length=20000)
_CHECK_5 = Array(Str(max_length=64), max_items=50)
_CHECK_6 = Enum(("open", "pending", "snoozed", "closed"))
_CHECK_7 = Number(integer=True, minimum=1, maximum=100)


class ConversationsNamespace:
    """Conversation lifecycle, status transitions, assignment."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        """Built by the client (`client.conversations`), not by you.

        Args:
            transport: The client's request pipeline.
        """
        self._transport = transport

    @property
    def with_raw_response(self) -> ConversationsNamespaceWithRawResponse:
        """The same operations, returning the `APIResponse` (status, headers, request id, timings) instead."""
        return ConversationsNamespaceWithRawResponse(self._transport)

    @operation(ops.CONVERSATIONS_ASSIGN)
    async def assign(
        self,
        conversation_id: str,
        *,
        assignee_id: str,
        **options: Unpack[RequestOptions],
    ) -> Conversation:
        """Assign a conversation (deprecated)

        `POST /conversations/{conversation_id}/assign` — operationId `conversations_assign`.

        Deprecated: calling it emits `LeadiosaDeprecationWarning`.

        Deprecated: assignment moved into `conversations_update` (PATCH /conversations/{conversation_id}
        with `assignee_id`), which also changes status in the same call. This endpoint answers with an
        `X-API-Deprecation` header and will be removed no earlier than 90 days after the announcement.

        Args:
            conversation_id: The conversation's ID.
            assignee_id: The workspace member to assign the conversation to.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Conversation

        """
        if not (conversation_id.__class__ is str and 1 <= len(conversation_id)):
            _CHECK_0("conversation_id", conversation_id)
        if not (assignee_id.__class__ is str and 1 <= len(assignee_id)):
            _CHECK_0("assignee_id", assignee_id)
        return await _conversations_assign.call(
            self._transport,
            options,
            conversation_id,
            body=ConversationAssign(
                assignee_id=assignee_id,
            ),
        )

    @operation(ops.CONVERSATIONS_CREATE)
    async def create(
        self,
        *,
        channel: Channel,
        contact_id: str | Unset = UNSET,
        contact: ContactInput | builtins.dict[str, Any] | Unset = UNSET,
        subject: str | Unset = UNSET,
        message: str | Unset = UNSET,
        assignee_id: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Conversation:
        """Start a conversation

        `POST /conversations` — operationId `conversations_create`.

        Starts a conversation with an existing contact (`contact_id`) or with a contact found by email or
        created (`contact`). Give exactly one of the two, or the request fails with 422. The docs do not say
        how a contact comes to exist; this find-or-create by email is the conventional design.

        Args:
            channel: Channel the conversation happens on.
            contact_id: An existing contact. Give exactly one of contact_id and contact.
            contact: A contact to find by email or create.
            subject: Subject line, shown in the inbox.
            message: Optional first inbound message.
            assignee_id: The workspace member to assign the conversation to.
            tags: Labels for filtering and reporting.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Conversation

        """
        if not (channel.__class__ is str and channel in {"chat", "email", "sms", "whatsapp"}):
            _CHECK_1("channel", channel)
        if contact_id is not UNSET and not (contact_id.__class__ is str and 1 <= len(contact_id)):
            _CHECK_0("contact_id", contact_id)
        if contact is not UNSET:
            _CHECK_2("contact", contact)
        if subject is not UNSET and not (subject.__class__ is str and len(subject) <= 500):
            _CHECK_3("subject", subject)
        if message is not UNSET and not (message.__class__ is str and 1 <= len(message) and len(message) <= 20000):
            _CHECK_4("message", message)
        if assignee_id is not UNSET and not (assignee_id.__class__ is str and 1 <= len(assignee_id)):
            _CHECK_0("assignee_id", assignee_id)
        if tags is not UNSET:
            _CHECK_5("tags", tags)
        return await _conversations_create.call(
            self._transport,
            options,
            body=ConversationCreate(
                channel=channel,
                contact_id=contact_id,
                contact=UNSET if isinstance(contact, Unset) else coerce_model(ContactInput, contact, "contact"),
                subject=subject,
                message=message,
                assignee_id=assignee_id,
                tags=tags,
            ),
        )

    @operation(ops.CONVERSATIONS_GET)
    async def get(
        self,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> Conversation:
        """Get a conversation

        `GET /conversations/{conversation_id}` — operationId `conversations_get`.

        One conversation by ID.

        Args:
            conversation_id: The conversation's ID.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Conversation

        """
        if not (conversation_id.__class__ is str and 1 <= len(conversation_id)):
            _CHECK_0("conversation_id", conversation_id)
        return await _conversations_get.call(
            self._transport,
            options,
            conversation_id,
        )

    @operation(ops.CONVERSATIONS_LIST)
    def list(
        self,
        *,
        status: ConversationStatus | Unset = UNSET,
        assignee_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        channel: Channel | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PageCall[Conversation]:
        """List conversations

        `GET /conversations` — operationId `conversations_list`.

        Conversations of the workspace, newest first, optionally filtered. Cursor-paginated: pass the
        previous page's `next_cursor` (`pagination.next_cursor` in the JSON) as `after` to get the next
        page. A cursor is valid only until the listed data changes; an expired cursor is answered with 400
        `cursor_expired`.

        Args:
            status: Only conversations in this state.
            assignee_id: Only conversations assigned to this member.
            contact_id: Only conversations with this contact.
            channel: Only conversations on this channel.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            PageCall[Conversation]: `await` it for the first `Page` (`.data`, `.has_more`,
            `.next_cursor`), or `async for` it for every item of every page (`.pages()` for pages);
            `client.paginate()` adds prefetch, `max_items` and restarts.

        """
        if status is not UNSET and not (status.__class__ is str and status in {"closed", "open", "pending", "snoozed"}):
            _CHECK_6("status", status)
        if assignee_id is not UNSET and not (assignee_id.__class__ is str and 1 <= len(assignee_id)):
            _CHECK_0("assignee_id", assignee_id)
        if contact_id is not UNSET and not (contact_id.__class__ is str and 1 <= len(contact_id)):
            _CHECK_0("contact_id", contact_id)
        if channel is not UNSET and not (channel.__class__ is str and channel in {"chat", "email", "sms", "whatsapp"}):
            _CHECK_1("channel", channel)
        if limit is not UNSET and not (limit.__class__ is int and 1 <= limit <= 100):
            _CHECK_7("limit", limit)
        if after is not UNSET and not (after.__class__ is str and 1 <= len(after)):
            _CHECK_0("after", after)
        return PageCall(
            self.list,
            (),
            lambda: {  # the keyword arguments, built only when the call is iterated
                **{
                    name: value
                    for name, value in (
                        ("status", status),
                        ("assignee_id", assignee_id),
                        ("contact_id", contact_id),
                        ("channel", channel),
                        ("limit", limit),
                        ("after", after),
                    )
                    if value is not UNSET
                },
                **options,
            },
            lambda: _conversations_list.call(
                self._transport,
                options,
                status=status,
                assignee_id=assignee_id,
                contact_id=contact_id,
                channel=channel,
                limit=limit,
                after=after,
            ),
        )

    @operation(ops.CONVERSATIONS_UPDATE)
    async def update(
        self,
        conversation_id: str,
        *,
        status: ConversationStatus | Unset = UNSET,
        assignee_id: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Conversation:
        """Update a conversation

        `PATCH /conversations/{conversation_id}` — operationId `conversations_update`.

        Changes status (open, pending, snoozed, closed), assignment, subject or tags. Assigning a closed
        conversation is a 409 `conversation_closed`; reopen it first by setting status.

        Args:
            conversation_id: The conversation's ID.
            status: Lifecycle state of a conversation.
            assignee_id: The workspace member to assign the conversation to (409 if it is closed).
            subject: New subject line.
            tags: The new set of tags (replaces the old one).
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Conversation

        """
        if not (conversation_id.__class__ is str and 1 <= len(conversation_id)):
            _CHECK_0("conversation_id", conversation_id)
        if status is not UNSET and not (status.__class__ is str and status in {"closed", "open", "pending", "snoozed"}):
            _CHECK_6("status", status)
        if assignee_id is not UNSET and not (assignee_id.__class__ is str and 1 <= len(assignee_id)):
            _CHECK_0("assignee_id", assignee_id)
        if subject is not UNSET and not (subject.__class__ is str and len(subject) <= 500):
            _CHECK_3("subject", subject)
        if tags is not UNSET:
            _CHECK_5("tags", tags)
        at_least(
            "conversations.update",
            1,
            {
                "status": status,
                "assignee_id": assignee_id,
                "subject": subject,
                "tags": tags,
            },
            UNSET,
        )
        return await _conversations_update.call(
            self._transport,
            options,
            conversation_id,
            body=ConversationUpdate(
                status=status,
                assignee_id=assignee_id,
                subject=subject,
                tags=tags,
            ),
        )


class ConversationsNamespaceWithRawResponse:
    """`client.conversations.with_raw_response`: each operation returns its `APIResponse`."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        """Built by the client (`client.conversations`), not by you.

        Args:
            transport: The client's request pipeline.
        """
        self._transport = transport

    @operation(ops.CONVERSATIONS_ASSIGN)
    async def assign(
        self,
        conversation_id: str,
        *,
        assignee_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Conversation]:
        """Assign a conversation (deprecated)

        `POST /conversations/{conversation_id}/assign` — operationId `conversations_assign`.

        Deprecated: calling it emits `LeadiosaDeprecationWarning`.

        Deprecated: assignment moved into `conversations_update` (PATCH /conversations/{conversation_id}
        with `assignee_id`), which also changes status in the same call. This endpoint answers with an
        `X-API-Deprecation` header and will be removed no earlier than 90 days after the announcement.

        Args:
            conversation_id: The conversation's ID.
            assignee_id: The workspace member to assign the conversation to.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Conversation]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if not (conversation_id.__class__ is str and 1 <= len(conversation_id)):
            _CHECK_0("conversation_id", conversation_id)
        if not (assignee_id.__class__ is str and 1 <= len(assignee_id)):
            _CHECK_0("assignee_id", assignee_id)
        return await self._transport.request_raw(
            ops.CONVERSATIONS_ASSIGN,
            _conversations_assign._get_kwargs(
                conversation_id,
                body=ConversationAssign(
                    assignee_id=assignee_id,
                ),
            ),
            _conversations_assign._parse,
            options,
        )

    @operation(ops.CONVERSATIONS_CREATE)
    async def create(
        self,
        *,
        channel: Channel,
        contact_id: str | Unset = UNSET,
        contact: ContactInput | builtins.dict[str, Any] | Unset = UNSET,
        subject: str | Unset = UNSET,
        message: str | Unset = UNSET,
        assignee_id: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Conversation]:
        """Start a conversation

        `POST /conversations` — operationId `conversations_create`.

        Starts a conversation with an existing contact (`contact_id`) or with a contact found by email or
        created (`contact`). Give exactly one of the two, or the request fails with 422. The docs do not say
        how a contact comes to exist; this find-or-create by email is the conventional design.

        Args:
            channel: Channel the conversation happens on.
            contact_id: An existing contact. Give exactly one of contact_id and contact.
            contact: A contact to find by email or create.
            subject: Subject line, shown in the inbox.
            message: Optional first inbound message.
            assignee_id: The workspace member to assign the conversation to.
            tags: Labels for filtering and reporting.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Conversation]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if not (channel.__class__ is str and channel in {"chat", "email", "sms", "whatsapp"}):
            _CHECK_1("channel", channel)
        if contact_id is not UNSET and not (contact_id.__class__ is str and 1 <= len(contact_id)):
            _CHECK_0("contact_id", contact_id)
        if contact is not UNSET:
            _CHECK_2("contact", contact)
        if subject is not UNSET and not (subject.__class__ is str and len(subject) <= 500):
            _CHECK_3("subject", subject)
        if message is not UNSET and not (message.__class__ is str and 1 <= len(message) and len(message) <= 20000):
            _CHECK_4("message", message)
        if assignee_id is not UNSET and not (assignee_id.__class__ is str and 1 <= len(assignee_id)):
            _CHECK_0("assignee_id", assignee_id)
        if tags is not UNSET:
            _CHECK_5("tags", tags)
        return await self._transport.request_raw(
            ops.CONVERSATIONS_CREATE,
            _conversations_create._get_kwargs(
                body=ConversationCreate(
                    channel=channel,
                    contact_id=contact_id,
                    contact=UNSET if isinstance(contact, Unset) else coerce_model(ContactInput, contact, "contact"),
                    subject=subject,
                    message=message,
                    assignee_id=assignee_id,
                    tags=tags,
                ),
            ),
            _conversations_create._parse,
            options,
        )

    @operation(ops.CONVERSATIONS_GET)
    async def get(
        self,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Conversation]:
        """Get a conversation

        `GET /conversations/{conversation_id}` — operationId `conversations_get`.

        One conversation by ID.

        Args:
            conversation_id: The conversation's ID.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Conversation]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if not (conversation_id.__class__ is str and 1 <= len(conversation_id)):
            _CHECK_0("conversation_id", conversation_id)
        return await self._transport.request_raw(
            ops.CONVERSATIONS_GET,
            _conversations_get._get_kwargs(
                conversation_id,
            ),
            _conversations_get._parse,
            options,
        )

    @operation(ops.CONVERSATIONS_LIST)
    async def list(
        self,
        *,
        status: ConversationStatus | Unset = UNSET,
        assignee_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        channel: Channel | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Page[Conversation]]:
        """List conversations

        `GET /conversations` — operationId `conversations_list`.

        Conversations of the workspace, newest first, optionally filtered. Cursor-paginated: pass the
        previous page's `next_cursor` (`pagination.next_cursor` in the JSON) as `after` to get the next
        page. A cursor is valid only until the listed data changes; an expired cursor is answered with 400
        `cursor_expired`.

        Args:
            status: Only conversations in this state.
            assignee_id: Only conversations assigned to this member.
            contact_id: Only conversations with this contact.
            channel: Only conversations on this channel.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Page[Conversation]]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if status is not UNSET and not (status.__class__ is str and status in {"closed", "open", "pending", "snoozed"}):
            _CHECK_6("status", status)
        if assignee_id is not UNSET and not (assignee_id.__class__ is str and 1 <= len(assignee_id)):
            _CHECK_0("assignee_id", assignee_id)
        if contact_id is not UNSET and not (contact_id.__class__ is str and 1 <= len(contact_id)):
            _CHECK_0("contact_id", contact_id)
        if channel is not UNSET and not (channel.__class__ is str and channel in {"chat", "email", "sms", "whatsapp"}):
            _CHECK_1("channel", channel)
        if limit is not UNSET and not (limit.__class__ is int and 1 <= limit <= 100):
            _CHECK_7("limit", limit)
        if after is not UNSET and not (after.__class__ is str and 1 <= len(after)):
            _CHECK_0("after", after)
        return await self._transport.request_raw(
            ops.CONVERSATIONS_LIST,
            _conversations_list._get_kwargs(
                status=status,
                assignee_id=assignee_id,
                contact_id=contact_id,
                channel=channel,
                limit=limit,
                after=after,
            ),
            _conversations_list._parse,
            options,
        )

    @operation(ops.CONVERSATIONS_UPDATE)
    async def update(
        self,
        conversation_id: str,
        *,
        status: ConversationStatus | Unset = UNSET,
        assignee_id: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Conversation]:
        """Update a conversation

        `PATCH /conversations/{conversation_id}` — operationId `conversations_update`.

        Changes status (open, pending, snoozed, closed), assignment, subject or tags. Assigning a closed
        conversation is a 409 `conversation_closed`; reopen it first by setting status.

        Args:
            conversation_id: The conversation's ID.
            status: Lifecycle state of a conversation.
            assignee_id: The workspace member to assign the conversation to (409 if it is closed).
            subject: New subject line.
            tags: The new set of tags (replaces the old one).
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Conversation]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if not (conversation_id.__class__ is str and 1 <= len(conversation_id)):
            _CHECK_0("conversation_id", conversation_id)
        if status is not UNSET and not (status.__class__ is str and status in {"closed", "open", "pending", "snoozed"}):
            _CHECK_6("status", status)
        if assignee_id is not UNSET and not (assignee_id.__class__ is str and 1 <= len(assignee_id)):
            _CHECK_0("assignee_id", assignee_id)
        if subject is not UNSET and not (subject.__class__ is str and len(subject) <= 500):
            _CHECK_3("subject", subject)
        if tags is not UNSET:
            _CHECK_5("tags", tags)
        at_least(
            "conversations.update",
            1,
            {
                "status": status,
                "assignee_id": assignee_id,
                "subject": subject,
                "tags": tags,
            },
            UNSET,
        )
        return await self._transport.request_raw(
            ops.CONVERSATIONS_UPDATE,
            _conversations_update._get_kwargs(
                conversation_id,
                body=ConversationUpdate(
                    status=status,
                    assignee_id=assignee_id,
                    subject=subject,
                    tags=tags,
                ),
            ),
            _conversations_update._parse,
            options,
        )


class ConversationsSyncNamespace:
    """`Leadiosa().conversations`: Conversation lifecycle, status transitions, assignment."""

    __slots__ = ("_async", "_portal")

    def __init__(self, portal: SyncRunner, namespace: ConversationsNamespace) -> None:
        """Built by the client (`Leadiosa().conversations`), not by you.

        Args:
            portal: Runs the async namespace's calls on the sync client's event loop.
            namespace: The async namespace it wraps.
        """
        self._portal = portal
        self._async = namespace

    @property
    def with_raw_response(self) -> ConversationsSyncNamespaceWithRawResponse:
        """The same operations, returning the `APIResponse` (status, headers, request id, timings) instead."""
        return ConversationsSyncNamespaceWithRawResponse(self._portal, self._async.with_raw_response)

    @operation(ops.CONVERSATIONS_ASSIGN)
    def assign(
        self,
        conversation_id: str,
        *,
        assignee_id: str,
        **options: Unpack[RequestOptions],
    ) -> Conversation:
        """Assign a conversation (deprecated)

        `POST /conversations/{conversation_id}/assign` — operationId `conversations_assign`.

        Deprecated: calling it emits `LeadiosaDeprecationWarning`.

        Deprecated: assignment moved into `conversations_update` (PATCH /conversations/{conversation_id}
        with `assignee_id`), which also changes status in the same call. This endpoint answers with an
        `X-API-Deprecation` header and will be removed no earlier than 90 days after the announcement.

        Args:
            conversation_id: The conversation's ID.
            assignee_id: The workspace member to assign the conversation to.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Conversation

        """

        return self._portal.call(self._async.assign, conversation_id, assignee_id=assignee_id, **options)

    @operation(ops.CONVERSATIONS_CREATE)
    def create(
        self,
        *,
        channel: Channel,
        contact_id: str | Unset = UNSET,
        contact: ContactInput | builtins.dict[str, Any] | Unset = UNSET,
        subject: str | Unset = UNSET,
        message: str | Unset = UNSET,
        assignee_id: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Conversation:
        """Start a conversation

        `POST /conversations` — operationId `conversations_create`.

        Starts a conversation with an existing contact (`contact_id`) or with a contact found by email or
        created (`contact`). Give exactly one of the two, or the request fails with 422. The docs do not say
        how a contact comes to exist; this find-or-create by email is the conventional design.

        Args:
            channel: Channel the conversation happens on.
            contact_id: An existing contact. Give exactly one of contact_id and contact.
            contact: A contact to find by email or create.
            subject: Subject line, shown in the inbox.
            message: Optional first inbound message.
            assignee_id: The workspace member to assign the conversation to.
            tags: Labels for filtering and reporting.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Conversation

        """

        return self._portal.call(
            self._async.create,
            channel=channel,
            contact_id=contact_id,
            contact=contact,
            subject=subject,
            message=message,
            assignee_id=assignee_id,
            tags=tags,
            **options,
        )

    @operation(ops.CONVERSATIONS_GET)
    def get(
        self,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> Conversation:
        """Get a conversation

        `GET /conversations/{conversation_id}` — operationId `conversations_get`.

        One conversation by ID.

        Args:
            conversation_id: The conversation's ID.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Conversation

        """

        return self._portal.call(self._async.get, conversation_id, **options)

    @operation(ops.CONVERSATIONS_LIST)
    def list(
        self,
        *,
        status: ConversationStatus | Unset = UNSET,
        assignee_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        channel: Channel | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Conversation]:
        """List conversations

        `GET /conversations` — operationId `conversations_list`.

        Conversations of the workspace, newest first, optionally filtered. Cursor-paginated: pass the
        previous page's `next_cursor` (`pagination.next_cursor` in the JSON) as `after` to get the next
        page. A cursor is valid only until the listed data changes; an expired cursor is answered with 400
        `cursor_expired`.

        Args:
            status: Only conversations in this state.
            assignee_id: Only conversations assigned to this member.
            contact_id: Only conversations with this contact.
            channel: Only conversations on this channel.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            SyncPage[Conversation]: the first page (`.data`, `.has_more`, `.next_cursor`);
            iterate it for every item of every page (`.pages()` for pages).

        """

        return self._portal.page(
            self._async.list(
                status=status,
                assignee_id=assignee_id,
                contact_id=contact_id,
                channel=channel,
                limit=limit,
                after=after,
                **options,
            )
        )

    @operation(ops.CONVERSATIONS_UPDATE)
    def update(
        self,
        conversation_id: str,
        *,
        status: ConversationStatus | Unset = UNSET,
        assignee_id: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Conversation:
        """Update a conversation

        `PATCH /conversations/{conversation_id}` — operationId `conversations_update`.

        Changes status (open, pending, snoozed, closed), assignment, subject or tags. Assigning a closed
        conversation is a 409 `conversation_closed`; reopen it first by setting status.

        Args:
            conversation_id: The conversation's ID.
            status: Lifecycle state of a conversation.
            assignee_id: The workspace member to assign the conversation to (409 if it is closed).
            subject: New subject line.
            tags: The new set of tags (replaces the old one).
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Conversation

        """

        return self._portal.call(
            self._async.update,
            conversation_id,
            status=status,
            assignee_id=assignee_id,
            subject=subject,
            tags=tags,
            **options,
        )


class ConversationsSyncNamespaceWithRawResponse:
    """`Leadiosa().conversations.with_raw_response`: each operation returns its `APIResponse`."""

    __slots__ = ("_async", "_portal")

    def __init__(self, portal: SyncRunner, namespace: ConversationsNamespaceWithRawResponse) -> None:
        """Built by the client (`Leadiosa().conversations`), not by you.

        Args:
            portal: Runs the async namespace's calls on the sync client's event loop.
            namespace: The async namespace it wraps.
        """
        self._portal = portal
        self._async = namespace

    @operation(ops.CONVERSATIONS_ASSIGN)
    def assign(
        self,
        conversation_id: str,
        *,
        assignee_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Conversation]:
        """Assign a conversation (deprecated)

        `POST /conversations/{conversation_id}/assign` — operationId `conversations_assign`.

        Deprecated: calling it emits `LeadiosaDeprecationWarning`.

        Deprecated: assignment moved into `conversations_update` (PATCH /conversations/{conversation_id}
        with `assignee_id`), which also changes status in the same call. This endpoint answers with an
        `X-API-Deprecation` header and will be removed no earlier than 90 days after the announcement.

        Args:
            conversation_id: The conversation's ID.
            assignee_id: The workspace member to assign the conversation to.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Conversation]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.assign, conversation_id, assignee_id=assignee_id, **options)

    @operation(ops.CONVERSATIONS_CREATE)
    def create(
        self,
        *,
        channel: Channel,
        contact_id: str | Unset = UNSET,
        contact: ContactInput | builtins.dict[str, Any] | Unset = UNSET,
        subject: str | Unset = UNSET,
        message: str | Unset = UNSET,
        assignee_id: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Conversation]:
        """Start a conversation

        `POST /conversations` — operationId `conversations_create`.

        Starts a conversation with an existing contact (`contact_id`) or with a contact found by email or
        created (`contact`). Give exactly one of the two, or the request fails with 422. The docs do not say
        how a contact comes to exist; this find-or-create by email is the conventional design.

        Args:
            channel: Channel the conversation happens on.
            contact_id: An existing contact. Give exactly one of contact_id and contact.
            contact: A contact to find by email or create.
            subject: Subject line, shown in the inbox.
            message: Optional first inbound message.
            assignee_id: The workspace member to assign the conversation to.
            tags: Labels for filtering and reporting.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Conversation]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(
            self._async.create,
            channel=channel,
            contact_id=contact_id,
            contact=contact,
            subject=subject,
            message=message,
            assignee_id=assignee_id,
            tags=tags,
            **options,
        )

    @operation(ops.CONVERSATIONS_GET)
    def get(
        self,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Conversation]:
        """Get a conversation

        `GET /conversations/{conversation_id}` — operationId `conversations_get`.

        One conversation by ID.

        Args:
            conversation_id: The conversation's ID.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Conversation]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.get, conversation_id, **options)

    @operation(ops.CONVERSATIONS_LIST)
    def list(
        self,
        *,
        status: ConversationStatus | Unset = UNSET,
        assignee_id: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        channel: Channel | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Page[Conversation]]:
        """List conversations

        `GET /conversations` — operationId `conversations_list`.

        Conversations of the workspace, newest first, optionally filtered. Cursor-paginated: pass the
        previous page's `next_cursor` (`pagination.next_cursor` in the JSON) as `after` to get the next
        page. A cursor is valid only until the listed data changes; an expired cursor is answered with 400
        `cursor_expired`.

        Args:
            status: Only conversations in this state.
            assignee_id: Only conversations assigned to this member.
            contact_id: Only conversations with this contact.
            channel: Only conversations on this channel.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Page[Conversation]]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(
            self._async.list,
            status=status,
            assignee_id=assignee_id,
            contact_id=contact_id,
            channel=channel,
            limit=limit,
            after=after,
            **options,
        )

    @operation(ops.CONVERSATIONS_UPDATE)
    def update(
        self,
        conversation_id: str,
        *,
        status: ConversationStatus | Unset = UNSET,
        assignee_id: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Conversation]:
        """Update a conversation

        `PATCH /conversations/{conversation_id}` — operationId `conversations_update`.

        Changes status (open, pending, snoozed, closed), assignment, subject or tags. Assigning a closed
        conversation is a 409 `conversation_closed`; reopen it first by setting status.

        Args:
            conversation_id: The conversation's ID.
            status: Lifecycle state of a conversation.
            assignee_id: The workspace member to assign the conversation to (409 if it is closed).
            subject: New subject line.
            tags: The new set of tags (replaces the old one).
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Conversation]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(
            self._async.update,
            conversation_id,
            status=status,
            assignee_id=assignee_id,
            subject=subject,
            tags=tags,
            **options,
        )
