# generated from openapi.json by `python -m codegen` — do not edit
"""The client's namespaces: one per OpenAPI tag, each loaded on first use (keeps `import` fast)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._protocol import SyncRunner, Transport

if TYPE_CHECKING:
    from .audit import AuditNamespace, AuditSyncNamespace
    from .billing import BillingNamespace, BillingSyncNamespace
    from .contacts import ContactsNamespace, ContactsSyncNamespace
    from .conversations import ConversationsNamespace, ConversationsSyncNamespace
    from .knowledge import KnowledgeNamespace, KnowledgeSyncNamespace
    from .messages import MessagesNamespace, MessagesSyncNamespace
    from .notes import NotesNamespace, NotesSyncNamespace
    from .webhooks import WebhooksNamespace, WebhooksSyncNamespace
    from .workspace import WorkspaceNamespace, WorkspaceSyncNamespace

TAGS = (
    "audit",
    "billing",
    "contacts",
    "conversations",
    "knowledge",
    "messages",
    "notes",
    "webhooks",
    "workspace",
)


class Namespaces:
    """Mixin giving the client one attribute per tag."""

    _transport: Transport

    @property
    def audit(self) -> AuditNamespace:
        """Read-only audit log. Useful for compliance exports."""
        namespace = self.__dict__.get("_ns_audit")
        if namespace is None:
            from .audit import AuditNamespace

            namespace = self.__dict__["_ns_audit"] = AuditNamespace(self._transport)
        return namespace

    @property
    def billing(self) -> BillingNamespace:
        """Current plan, billing cycle, AI token usage. Read-only."""
        namespace = self.__dict__.get("_ns_billing")
        if namespace is None:
            from .billing import BillingNamespace

            namespace = self.__dict__["_ns_billing"] = BillingNamespace(self._transport)
        return namespace

    @property
    def contacts(self) -> ContactsNamespace:
        """Contact records, attributes, GDPR erasure."""
        namespace = self.__dict__.get("_ns_contacts")
        if namespace is None:
            from .contacts import ContactsNamespace

            namespace = self.__dict__["_ns_contacts"] = ContactsNamespace(self._transport)
        return namespace

    @property
    def conversations(self) -> ConversationsNamespace:
        """Conversation lifecycle, status transitions, assignment."""
        namespace = self.__dict__.get("_ns_conversations")
        if namespace is None:
            from .conversations import ConversationsNamespace

            namespace = self.__dict__["_ns_conversations"] = ConversationsNamespace(self._transport)
        return namespace

    @property
    def knowledge(self) -> KnowledgeNamespace:
        """Knowledge-base articles and chunks. Manual ingest path."""
        namespace = self.__dict__.get("_ns_knowledge")
        if namespace is None:
            from .knowledge import KnowledgeNamespace

            namespace = self.__dict__["_ns_knowledge"] = KnowledgeNamespace(self._transport)
        return namespace

    @property
    def messages(self) -> MessagesNamespace:
        """Append a message, list a conversation's thread."""
        namespace = self.__dict__.get("_ns_messages")
        if namespace is None:
            from .messages import MessagesNamespace

            namespace = self.__dict__["_ns_messages"] = MessagesNamespace(self._transport)
        return namespace

    @property
    def notes(self) -> NotesNamespace:
        """Internal notes on conversations. Never visible to the contact."""
        namespace = self.__dict__.get("_ns_notes")
        if namespace is None:
            from .notes import NotesNamespace

            namespace = self.__dict__["_ns_notes"] = NotesNamespace(self._transport)
        return namespace

    @property
    def webhooks(self) -> WebhooksNamespace:
        """Webhook endpoints and the secret used to sign them."""
        namespace = self.__dict__.get("_ns_webhooks")
        if namespace is None:
            from .webhooks import WebhooksNamespace

            namespace = self.__dict__["_ns_webhooks"] = WebhooksNamespace(self._transport)
        return namespace

    @property
    def workspace(self) -> WorkspaceNamespace:
        """Workspace lifecycle: archive-status, close, restore. Owner-only."""
        namespace = self.__dict__.get("_ns_workspace")
        if namespace is None:
            from .workspace import WorkspaceNamespace

            namespace = self.__dict__["_ns_workspace"] = WorkspaceNamespace(self._transport)
        return namespace


class SyncNamespaces:
    """Mixin giving the sync client one attribute per tag, over the async client's namespaces."""

    _portal: SyncRunner
    _async_client: Namespaces

    @property
    def audit(self) -> AuditSyncNamespace:
        """Read-only audit log. Useful for compliance exports."""
        namespace = self.__dict__.get("_ns_audit")
        if namespace is None:
            from .audit import AuditSyncNamespace

            namespace = self.__dict__["_ns_audit"] = AuditSyncNamespace(self._portal, self._async_client.audit)
        return namespace

    @property
    def billing(self) -> BillingSyncNamespace:
        """Current plan, billing cycle, AI token usage. Read-only."""
        namespace = self.__dict__.get("_ns_billing")
        if namespace is None:
            from .billing import BillingSyncNamespace

            namespace = self.__dict__["_ns_billing"] = BillingSyncNamespace(self._portal, self._async_client.billing)
        return namespace

    @property
    def contacts(self) -> ContactsSyncNamespace:
        """Contact records, attributes, GDPR erasure."""
        namespace = self.__dict__.get("_ns_contacts")
        if namespace is None:
            from .contacts import ContactsSyncNamespace

            namespace = self.__dict__["_ns_contacts"] = ContactsSyncNamespace(self._portal, self._async_client.contacts)
        return namespace

    @property
    def conversations(self) -> ConversationsSyncNamespace:
        """Conversation lifecycle, status transitions, assignment."""
        namespace = self.__dict__.get("_ns_conversations")
        if namespace is None:
            from .conversations import ConversationsSyncNamespace

            namespace = self.__dict__["_ns_conversations"] = ConversationsSyncNamespace(
                self._portal, self._async_client.conversations
            )
        return namespace

    @property
    def knowledge(self) -> KnowledgeSyncNamespace:
        """Knowledge-base articles and chunks. Manual ingest path."""
        namespace = self.__dict__.get("_ns_knowledge")
        if namespace is None:
            from .knowledge import KnowledgeSyncNamespace

            namespace = self.__dict__["_ns_knowledge"] = KnowledgeSyncNamespace(
                self._portal, self._async_client.knowledge
            )
        return namespace

    @property
    def messages(self) -> MessagesSyncNamespace:
        """Append a message, list a conversation's thread."""
        namespace = self.__dict__.get("_ns_messages")
        if namespace is None:
            from .messages import MessagesSyncNamespace

            namespace = self.__dict__["_ns_messages"] = MessagesSyncNamespace(self._portal, self._async_client.messages)
        return namespace

    @property
    def notes(self) -> NotesSyncNamespace:
        """Internal notes on conversations. Never visible to the contact."""
        namespace = self.__dict__.get("_ns_notes")
        if namespace is None:
            from .notes import NotesSyncNamespace

            namespace = self.__dict__["_ns_notes"] = NotesSyncNamespace(self._portal, self._async_client.notes)
        return namespace

    @property
    def webhooks(self) -> WebhooksSyncNamespace:
        """Webhook endpoints and the secret used to sign them."""
        namespace = self.__dict__.get("_ns_webhooks")
        if namespace is None:
            from .webhooks import WebhooksSyncNamespace

            namespace = self.__dict__["_ns_webhooks"] = WebhooksSyncNamespace(self._portal, self._async_client.webhooks)
        return namespace

    @property
    def workspace(self) -> WorkspaceSyncNamespace:
        """Workspace lifecycle: archive-status, close, restore. Owner-only."""
        namespace = self.__dict__.get("_ns_workspace")
        if namespace is None:
            from .workspace import WorkspaceSyncNamespace

            namespace = self.__dict__["_ns_workspace"] = WorkspaceSyncNamespace(
                self._portal, self._async_client.workspace
            )
        return namespace
