# generated from openapi.json by `python -m codegen` — do not edit
"""All the data models used in inputs and outputs; each module is imported on first use."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .actor_type import ActorType
    from .archive_status import ArchiveStatus
    from .archive_status_status import ArchiveStatusStatus
    from .article import Article
    from .article_create import ArticleCreate
    from .article_create_status import ArticleCreateStatus
    from .article_list import ArticleList
    from .article_source import ArticleSource
    from .article_status import ArticleStatus
    from .article_update import ArticleUpdate
    from .article_update_status import ArticleUpdateStatus
    from .audit_event import AuditEvent
    from .audit_event_list import AuditEventList
    from .author_type import AuthorType
    from .billing_cycle import BillingCycle
    from .channel import Channel
    from .chunk import Chunk
    from .chunk_list import ChunkList
    from .contact import Contact
    from .contact_attributes import ContactAttributes
    from .contact_input import ContactInput
    from .contact_list import ContactList
    from .contact_update import ContactUpdate
    from .conversation import Conversation
    from .conversation_assign import ConversationAssign
    from .conversation_create import ConversationCreate
    from .conversation_list import ConversationList
    from .conversation_status import ConversationStatus
    from .conversation_update import ConversationUpdate
    from .error_body import ErrorBody
    from .error_envelope import ErrorEnvelope
    from .event_type import EventType
    from .knowledge_ingest import KnowledgeIngest
    from .message import Message
    from .message_create import MessageCreate
    from .message_direction import MessageDirection
    from .message_list import MessageList
    from .note import Note
    from .note_create import NoteCreate
    from .note_list import NoteList
    from .pagination import Pagination
    from .plan import Plan
    from .subscription import Subscription
    from .subscription_status import SubscriptionStatus
    from .token_usage import TokenUsage
    from .webhook_create import WebhookCreate
    from .webhook_endpoint import WebhookEndpoint
    from .webhook_endpoint_created import WebhookEndpointCreated
    from .webhook_endpoint_list import WebhookEndpointList
    from .webhook_event import WebhookEvent
    from .webhook_event_data import WebhookEventData
    from .workspace import Workspace
    from .workspace_close import WorkspaceClose
    from .workspace_status import WorkspaceStatus

_MODULES = {
    "ActorType": ".actor_type",
    "ArchiveStatus": ".archive_status",
    "ArchiveStatusStatus": ".archive_status_status",
    "Article": ".article",
    "ArticleCreate": ".article_create",
    "ArticleCreateStatus": ".article_create_status",
    "ArticleList": ".article_list",
    "ArticleSource": ".article_source",
    "ArticleStatus": ".article_status",
    "ArticleUpdate": ".article_update",
    "ArticleUpdateStatus": ".article_update_status",
    "AuditEvent": ".audit_event",
    "AuditEventList": ".audit_event_list",
    "AuthorType": ".author_type",
    "BillingCycle": ".billing_cycle",
    "Channel": ".channel",
    "Chunk": ".chunk",
    "ChunkList": ".chunk_list",
    "Contact": ".contact",
    "ContactAttributes": ".contact_attributes",
    "ContactInput": ".contact_input",
    "ContactList": ".contact_list",
    "ContactUpdate": ".contact_update",
    "Conversation": ".conversation",
    "ConversationAssign": ".conversation_assign",
    "ConversationCreate": ".conversation_create",
    "ConversationList": ".conversation_list",
    "ConversationStatus": ".conversation_status",
    "ConversationUpdate": ".conversation_update",
    "ErrorBody": ".error_body",
    "ErrorEnvelope": ".error_envelope",
    "EventType": ".event_type",
    "KnowledgeIngest": ".knowledge_ingest",
    "Message": ".message",
    "MessageCreate": ".message_create",
    "MessageDirection": ".message_direction",
    "MessageList": ".message_list",
    "Note": ".note",
    "NoteCreate": ".note_create",
    "NoteList": ".note_list",
    "Pagination": ".pagination",
    "Plan": ".plan",
    "Subscription": ".subscription",
    "SubscriptionStatus": ".subscription_status",
    "TokenUsage": ".token_usage",
    "WebhookCreate": ".webhook_create",
    "WebhookEndpoint": ".webhook_endpoint",
    "WebhookEndpointCreated": ".webhook_endpoint_created",
    "WebhookEndpointList": ".webhook_endpoint_list",
    "WebhookEvent": ".webhook_event",
    "WebhookEventData": ".webhook_event_data",
    "Workspace": ".workspace",
    "WorkspaceClose": ".workspace_close",
    "WorkspaceStatus": ".workspace_status",
}

__all__ = (
    "ActorType",
    "ArchiveStatus",
    "ArchiveStatusStatus",
    "Article",
    "ArticleCreate",
    "ArticleCreateStatus",
    "ArticleList",
    "ArticleSource",
    "ArticleStatus",
    "ArticleUpdate",
    "ArticleUpdateStatus",
    "AuditEvent",
    "AuditEventList",
    "AuthorType",
    "BillingCycle",
    "Channel",
    "Chunk",
    "ChunkList",
    "Contact",
    "ContactAttributes",
    "ContactInput",
    "ContactList",
    "ContactUpdate",
    "Conversation",
    "ConversationAssign",
    "ConversationCreate",
    "ConversationList",
    "ConversationStatus",
    "ConversationUpdate",
    "ErrorBody",
    "ErrorEnvelope",
    "EventType",
    "KnowledgeIngest",
    "Message",
    "MessageCreate",
    "MessageDirection",
    "MessageList",
    "Note",
    "NoteCreate",
    "NoteList",
    "Pagination",
    "Plan",
    "Subscription",
    "SubscriptionStatus",
    "TokenUsage",
    "WebhookCreate",
    "WebhookEndpoint",
    "WebhookEndpointCreated",
    "WebhookEndpointList",
    "WebhookEvent",
    "WebhookEventData",
    "Workspace",
    "WorkspaceClose",
    "WorkspaceStatus",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
