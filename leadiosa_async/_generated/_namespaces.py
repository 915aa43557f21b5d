# generated from openapi.json by `python -m codegen` — do not edit
"""One namespace class per OpenAPI tag; one async method per operation (`client.<tag>.<method>`)."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, Unpack

from .._protocol import Page, RequestOptions, Transport, coerce_model, operation
from . import _operations as ops
from .api.audit import audit_list as _audit_list
from .api.billing import billing_get_subscription as _billing_get_subscription
from .api.contacts import contacts_delete as _contacts_delete
from .api.contacts import contacts_get as _contacts_get
from .api.contacts import contacts_list as _contacts_list
from .api.contacts import contacts_update as _contacts_update
from .api.conversations import conversations_assign as _conversations_assign
from .api.conversations import conversations_create as _conversations_create
from .api.conversations import conversations_get as _conversations_get
from .api.conversations import conversations_list as _conversations_list
from .api.conversations import conversations_update as _conversations_update
from .api.knowledge import knowledge_create_article as _knowledge_create_article
from .api.knowledge import knowledge_delete_article as _knowledge_delete_article
from .api.knowledge import knowledge_get_article as _knowledge_get_article
from .api.knowledge import knowledge_ingest as _knowledge_ingest
from .api.knowledge import knowledge_list_articles as _knowledge_list_articles
from .api.knowledge import knowledge_list_chunks as _knowledge_list_chunks
from .api.knowledge import knowledge_update_article as _knowledge_update_article
from .api.messages import messages_create as _messages_create
from .api.messages import messages_list as _messages_list
from .api.notes import notes_create as _notes_create
from .api.notes import notes_list as _notes_list
from .api.webhooks import webhooks_create as _webhooks_create
from .api.webhooks import webhooks_delete as _webhooks_delete
from .api.webhooks import webhooks_list as _webhooks_list
from .api.workspace import workspace_close as _workspace_close
from .api.workspace import workspace_get as _workspace_get
from .api.workspace import workspace_get_archive_status as _workspace_get_archive_status
from .api.workspace import workspace_restore as _workspace_restore
from .models import *
from .types import UNSET, File, Unset


class AuditNamespace:
    """Read-only audit log. Useful for compliance exports."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @operation(ops.AUDIT_LIST)
    async def list(
        self,
        *,
        since: datetime.datetime | Unset = UNSET,
        until: datetime.datetime | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        action: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Page[AuditEvent]:
        """Read the audit log

        `GET /audit` — operationId `audit_list`.

        Read-only log of actions in the workspace, newest first, for compliance exports. Filter by time
        range (`since` inclusive, `until` exclusive), actor and action. Cursor-paginated: pass
        `pagination.next_cursor` as `after` to get the next page. A cursor is valid only until the listed
        data changes; an expired cursor is answered with 400 `cursor_expired`.

        Args:
            since: Only events at or after this time.
            until: Only events before this time.
            actor_id: Only events by this actor.
            action: Only events with this action.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim.

        Returns:
            Page[AuditEvent]: use `client.paginate()` to iterate all pages
        """
        return await _audit_list.call(
            self._transport,
            options,
            since=since,
            until=until,
            actor_id=actor_id,
            action=action,
            limit=limit,
            after=after,
        )


class BillingNamespace:
    """Current plan, billing cycle, AI token usage. Read-only."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @operation(ops.BILLING_GET_SUBSCRIPTION)
    async def get_subscription(
        self,
        **options: Unpack[RequestOptions],
    ) -> Subscription:
        """Get the subscription

        `GET /billing/subscription` — operationId `billing_get_subscription`.

        Current plan, billing cycle and AI token usage. Read-only.

        Returns:
            Subscription
        """
        return await _billing_get_subscription.call(
            self._transport,
            options,
        )


class ContactsNamespace:
    """Contact records, attributes, GDPR erasure."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @operation(ops.CONTACTS_DELETE)
    async def delete(
        self,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Erase a contact (GDPR)

        `DELETE /contacts/{contact_id}` — operationId `contacts_delete`.

        Erases the contact and the personal data of their conversations and messages for good (GDPR right to
        erasure). Cannot be undone.

        Args:
            contact_id: The contact's ID.

        Returns:
            None
        """
        return await _contacts_delete.call(
            self._transport,
            options,
            contact_id,
        )

    @operation(ops.CONTACTS_GET)
    async def get(
        self,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> Contact:
        """Get a contact

        `GET /contacts/{contact_id}` — operationId `contacts_get`.

        One contact by ID.

        Args:
            contact_id: The contact's ID.

        Returns:
            Contact
        """
        return await _contacts_get.call(
            self._transport,
            options,
            contact_id,
        )

    @operation(ops.CONTACTS_LIST)
    async def list(
        self,
        *,
        email: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Page[Contact]:
        """List contacts

        `GET /contacts` — operationId `contacts_list`.

        Contacts of the workspace, newest first. Cursor-paginated: pass `pagination.next_cursor` as `after`
        to get the next page. A cursor is valid only until the listed data changes; an expired cursor is
        answered with 400 `cursor_expired`.

        Args:
            email: Only the contact with this email address.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim.

        Returns:
            Page[Contact]: use `client.paginate()` to iterate all pages
        """
        return await _contacts_list.call(
            self._transport,
            options,
            email=email,
            limit=limit,
            after=after,
        )

    @operation(ops.CONTACTS_UPDATE)
    async def update(
        self,
        contact_id: str,
        *,
        email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        attributes: ContactAttributes | builtins.dict[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Contact:
        """Update a contact

        `PATCH /contacts/{contact_id}` — operationId `contacts_update`.

        Changes a contact's fields; `attributes` are merged key by key.

        Args:
            contact_id: The contact's ID.
            email:
            name:
            phone:
            attributes: Custom attributes: string, number or boolean values.

        Returns:
            Contact
        """
        return await _contacts_update.call(
            self._transport,
            options,
            contact_id,
            body=ContactUpdate(
                email=email,
                name=name,
                phone=phone,
                attributes=UNSET
                if isinstance(attributes, Unset)
                else coerce_model(ContactAttributes, attributes, "attributes"),
            ),
        )


class ConversationsNamespace:
    """Conversation lifecycle, status transitions, assignment."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @operation(ops.CONVERSATIONS_ASSIGN)
    async def assign(
        self,
        conversation_id: str,
        *,
        assignee_id: str,
        **options: Unpack[RequestOptions],
    ) -> Conversation:
        """Assign a conversation (deprecated) (deprecated)

        `POST /conversations/{conversation_id}/assign` — operationId `conversations_assign`.

        Deprecated: calling it emits `LeadiosaDeprecationWarning`.

        Deprecated: assignment moved into `conversations_update` (PATCH /conversations/{conversation_id}
        with `assignee_id`), which also changes status in the same call. This endpoint answers with an
        `X-API-Deprecation` header and will be removed no earlier than 90 days after the announcement.

        Args:
            conversation_id: The conversation's ID.
            assignee_id:

        Returns:
            Conversation
        """
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
            subject:
            message: Optional first inbound message.
            assignee_id:
            tags:

        Returns:
            Conversation
        """
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

        Returns:
            Conversation
        """
        return await _conversations_get.call(
            self._transport,
            options,
            conversation_id,
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
    ) -> Page[Conversation]:
        """List conversations

        `GET /conversations` — operationId `conversations_list`.

        Conversations of the workspace, newest first, optionally filtered. Cursor-paginated: pass
        `pagination.next_cursor` as `after` to get the next page. A cursor is valid only until the listed
        data changes; an expired cursor is answered with 400 `cursor_expired`.

        Args:
            status: Only conversations in this state.
            assignee_id: Only conversations assigned to this member.
            contact_id: Only conversations with this contact.
            channel: Only conversations on this channel.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim.

        Returns:
            Page[Conversation]: use `client.paginate()` to iterate all pages
        """
        return await _conversations_list.call(
            self._transport,
            options,
            status=status,
            assignee_id=assignee_id,
            contact_id=contact_id,
            channel=channel,
            limit=limit,
            after=after,
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
            assignee_id:
            subject:
            tags:

        Returns:
            Conversation
        """
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


class KnowledgeNamespace:
    """Knowledge-base articles and chunks. Manual ingest path."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @operation(ops.KNOWLEDGE_CREATE_ARTICLE)
    async def create_article(
        self,
        *,
        title: str,
        body: str,
        status: ArticleCreateStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Article:
        """Create an article

        `POST /knowledge/articles` — operationId `knowledge_create_article`.

        Creates an article from text; it is chunked for retrieval when published.

        Args:
            title:
            body:
            status: Initial state; default draft.

        Returns:
            Article
        """
        return await _knowledge_create_article.call(
            self._transport,
            options,
            body=ArticleCreate(
                title=title,
                body=body,
                status=status,
            ),
        )

    @operation(ops.KNOWLEDGE_DELETE_ARTICLE)
    async def delete_article(
        self,
        article_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an article

        `DELETE /knowledge/articles/{article_id}` — operationId `knowledge_delete_article`.

        Deletes an article and its chunks.

        Args:
            article_id: The article's ID.

        Returns:
            None
        """
        return await _knowledge_delete_article.call(
            self._transport,
            options,
            article_id,
        )

    @operation(ops.KNOWLEDGE_GET_ARTICLE)
    async def get_article(
        self,
        article_id: str,
        **options: Unpack[RequestOptions],
    ) -> Article:
        """Get an article

        `GET /knowledge/articles/{article_id}` — operationId `knowledge_get_article`.

        One article by ID.

        Args:
            article_id: The article's ID.

        Returns:
            Article
        """
        return await _knowledge_get_article.call(
            self._transport,
            options,
            article_id,
        )

    @operation(ops.KNOWLEDGE_INGEST)
    async def ingest(
        self,
        *,
        file: File,
        title: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Article:
        """Ingest a file (manual ingest path)

        `POST /knowledge/ingest` — operationId `knowledge_ingest`.

        Uploads a document as `multipart/form-data`; it becomes an article in status `processing` and is
        chunked in the background. Files over 10 MiB are refused with 413.

        Args:
            file: A .md, .txt, .html or .pdf file of at most 10 MiB.
            title: Defaults to the file name.

        Returns:
            Article
        """
        return await _knowledge_ingest.call(
            self._transport,
            options,
            body=KnowledgeIngest(
                file=file,
                title=title,
            ),
        )

    @operation(ops.KNOWLEDGE_LIST_ARTICLES)
    async def list_articles(
        self,
        *,
        status: ArticleStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Page[Article]:
        """List knowledge-base articles

        `GET /knowledge/articles` — operationId `knowledge_list_articles`.

        Articles, most recently updated first. Cursor-paginated: pass `pagination.next_cursor` as `after` to
        get the next page. A cursor is valid only until the listed data changes; an expired cursor is
        answered with 400 `cursor_expired`.

        Args:
            status: Only articles in this state.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim.

        Returns:
            Page[Article]: use `client.paginate()` to iterate all pages
        """
        return await _knowledge_list_articles.call(
            self._transport,
            options,
            status=status,
            limit=limit,
            after=after,
        )

    @operation(ops.KNOWLEDGE_LIST_CHUNKS)
    async def list_chunks(
        self,
        article_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Page[Chunk]:
        """List an article's chunks

        `GET /knowledge/articles/{article_id}/chunks` — operationId `knowledge_list_chunks`.

        Retrieval chunks in order. Cursor-paginated: pass `pagination.next_cursor` as `after` to get the
        next page. A cursor is valid only until the listed data changes; an expired cursor is answered with
        400 `cursor_expired`.

        Args:
            article_id: The article's ID.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim.

        Returns:
            Page[Chunk]: use `client.paginate()` to iterate all pages
        """
        return await _knowledge_list_chunks.call(
            self._transport,
            options,
            article_id,
            limit=limit,
            after=after,
        )

    @operation(ops.KNOWLEDGE_UPDATE_ARTICLE)
    async def update_article(
        self,
        article_id: str,
        *,
        title: str | Unset = UNSET,
        body: str | Unset = UNSET,
        status: ArticleUpdateStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Article:
        """Update an article

        `PATCH /knowledge/articles/{article_id}` — operationId `knowledge_update_article`.

        Changes title, body or status; a new body is re-chunked.

        Args:
            article_id: The article's ID.
            title:
            body:
            status: New state.

        Returns:
            Article
        """
        return await _knowledge_update_article.call(
            self._transport,
            options,
            article_id,
            body=ArticleUpdate(
                title=title,
                body=body,
                status=status,
            ),
        )


class MessagesNamespace:
    """Append a message, list a conversation's thread."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
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
    ) -> Message:
        """Append a message

        `POST /conversations/{conversation_id}/messages` — operationId `messages_create`.

        Appends a message to the thread. Appending to a closed conversation is a 409 `conversation_closed`.

        Args:
            conversation_id: The conversation's ID.
            body:
            author_type: Who wrote a message.
            direction: inbound: from the contact; outbound: to the contact.

        Returns:
            Message
        """
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
    async def list(
        self,
        conversation_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Page[Message]:
        """List a conversation's messages

        `GET /conversations/{conversation_id}/messages` — operationId `messages_list`.

        The thread, oldest first. Internal notes are never part of it. Cursor-paginated: pass
        `pagination.next_cursor` as `after` to get the next page. A cursor is valid only until the listed
        data changes; an expired cursor is answered with 400 `cursor_expired`.

        Args:
            conversation_id: The conversation's ID.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim.

        Returns:
            Page[Message]: use `client.paginate()` to iterate all pages
        """
        return await _messages_list.call(
            self._transport,
            options,
            conversation_id,
            limit=limit,
            after=after,
        )


class NotesNamespace:
    """Internal notes on conversations. Never visible to the contact."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

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
            body:

        Returns:
            Note
        """
        return await _notes_create.call(
            self._transport,
            options,
            conversation_id,
            body=NoteCreate(
                body=body,
            ),
        )

    @operation(ops.NOTES_LIST)
    async def list(
        self,
        conversation_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Page[Note]:
        """List a conversation's notes

        `GET /conversations/{conversation_id}/notes` — operationId `notes_list`.

        Internal notes, oldest first. Never visible to the contact. Cursor-paginated: pass
        `pagination.next_cursor` as `after` to get the next page. A cursor is valid only until the listed
        data changes; an expired cursor is answered with 400 `cursor_expired`.

        Args:
            conversation_id: The conversation's ID.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim.

        Returns:
            Page[Note]: use `client.paginate()` to iterate all pages
        """
        return await _notes_list.call(
            self._transport,
            options,
            conversation_id,
            limit=limit,
            after=after,
        )


class WebhooksNamespace:
    """Webhook endpoints and the secret used to sign them."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @operation(ops.WEBHOOKS_CREATE)
    async def create(
        self,
        *,
        url: str,
        events: builtins.list[EventType],
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpointCreated:
        """Register a webhook endpoint

        `POST /webhooks` — operationId `webhooks_create`.

        Registers an https endpoint for the given events. The response carries the signing secret; it is
        returned only once.

        Args:
            url:
            events:
            description:

        Returns:
            WebhookEndpointCreated
        """
        return await _webhooks_create.call(
            self._transport,
            options,
            body=WebhookCreate(
                url=url,
                events=events,
                description=description,
            ),
        )

    @operation(ops.WEBHOOKS_DELETE)
    async def delete(
        self,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a webhook endpoint

        `DELETE /webhooks/{webhook_id}` — operationId `webhooks_delete`.

        Stops deliveries to the endpoint.

        Args:
            webhook_id: The webhook endpoint's ID.

        Returns:
            None
        """
        return await _webhooks_delete.call(
            self._transport,
            options,
            webhook_id,
        )

    @operation(ops.WEBHOOKS_LIST)
    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Page[WebhookEndpoint]:
        """List webhook endpoints

        `GET /webhooks` — operationId `webhooks_list`.

        Registered endpoints (secrets are never listed). Cursor-paginated: pass `pagination.next_cursor` as
        `after` to get the next page. A cursor is valid only until the listed data changes; an expired
        cursor is answered with 400 `cursor_expired`.

        Args:
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim.

        Returns:
            Page[WebhookEndpoint]: use `client.paginate()` to iterate all pages
        """
        return await _webhooks_list.call(
            self._transport,
            options,
            limit=limit,
            after=after,
        )


class WorkspaceNamespace:
    """Workspace lifecycle: archive-status, close, restore. Owner-only."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

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
            reason:

        Returns:
            ArchiveStatus
        """
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

        Cancels a scheduled deletion. Owner-only: other tokens get 403. Restoring a workspace that is not
        scheduled for deletion is a 409.

        Returns:
            Workspace
        """
        return await _workspace_restore.call(
            self._transport,
            options,
        )


class Namespaces:
    """Mixin giving the client one attribute per tag."""

    audit: AuditNamespace
    billing: BillingNamespace
    contacts: ContactsNamespace
    conversations: ConversationsNamespace
    knowledge: KnowledgeNamespace
    messages: MessagesNamespace
    notes: NotesNamespace
    webhooks: WebhooksNamespace
    workspace: WorkspaceNamespace

    def _bind_namespaces(self, transport: Transport) -> None:
        self.audit = AuditNamespace(transport)
        self.billing = BillingNamespace(transport)
        self.contacts = ContactsNamespace(transport)
        self.conversations = ConversationsNamespace(transport)
        self.knowledge = KnowledgeNamespace(transport)
        self.messages = MessagesNamespace(transport)
        self.notes = NotesNamespace(transport)
        self.webhooks = WebhooksNamespace(transport)
        self.workspace = WorkspaceNamespace(transport)


NAMESPACE_CLASSES: dict[str, type] = {
    "audit": AuditNamespace,
    "billing": BillingNamespace,
    "contacts": ContactsNamespace,
    "conversations": ConversationsNamespace,
    "knowledge": KnowledgeNamespace,
    "messages": MessagesNamespace,
    "notes": NotesNamespace,
    "webhooks": WebhooksNamespace,
    "workspace": WorkspaceNamespace,
}
