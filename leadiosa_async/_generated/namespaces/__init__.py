# generated from openapi.json by `python -m codegen` — do not edit
"""The client's namespaces: one per OpenAPI tag, each loaded on first use (keeps `import` fast)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._protocol import Transport

if TYPE_CHECKING:
    from .audit import AuditNamespace
    from .billing import BillingNamespace
    from .contacts import ContactsNamespace
    from .conversations import ConversationsNamespace
    from .knowledge import KnowledgeNamespace
    from .messages import MessagesNamespace
    from .notes import NotesNamespace
    from .webhooks import WebhooksNamespace
    from .workspace import WorkspaceNamespace

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

    @cached_property
    def audit(self) -> AuditNamespace:
        """Read-only audit log. Useful for compliance exports."""
        from .audit import AuditNamespace

        return AuditNamespace(self._transport)

    @cached_property
    def billing(self) -> BillingNamespace:
        """Current plan, billing cycle, AI token usage. Read-only."""
        from .billing import BillingNamespace

        return BillingNamespace(self._transport)

    @cached_property
    def contacts(self) -> ContactsNamespace:
        """Contact records, attributes, GDPR erasure."""
        from .contacts import ContactsNamespace

        return ContactsNamespace(self._transport)

    @cached_property
    def conversations(self) -> ConversationsNamespace:
        """Conversation lifecycle, status transitions, assignment."""
        from .conversations import ConversationsNamespace

        return ConversationsNamespace(self._transport)

    @cached_property
    def knowledge(self) -> KnowledgeNamespace:
        """Knowledge-base articles and chunks. Manual ingest path."""
        from .knowledge import KnowledgeNamespace

        return KnowledgeNamespace(self._transport)

    @cached_property
    def messages(self) -> MessagesNamespace:
        """Append a message, list a conversation's thread."""
        from .messages import MessagesNamespace

        return MessagesNamespace(self._transport)

    @cached_property
    def notes(self) -> NotesNamespace:
        """Internal notes on conversations. Never visible to the contact."""
        from .notes import NotesNamespace

        return NotesNamespace(self._transport)

    @cached_property
    def webhooks(self) -> WebhooksNamespace:
        """Webhook endpoints and the secret used to sign them."""
        from .webhooks import WebhooksNamespace

        return WebhooksNamespace(self._transport)

    @cached_property
    def workspace(self) -> WorkspaceNamespace:
        """Workspace lifecycle: archive-status, close, restore. Owner-only."""
        from .workspace import WorkspaceNamespace

        return WorkspaceNamespace(self._transport)
