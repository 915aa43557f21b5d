# generated from openapi.json by `python -m codegen` — do not edit
"""Typed webhook events: one class per event of the spec's `webhooks` section.

`parse_event()` turns a verified delivery body into its class; an event type this SDK does not know
yet (the API added it) becomes `UnknownWebhookEvent`, never an error.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, Literal

import attrs

from .models.article import Article
from .models.contact import Contact
from .models.conversation import Conversation
from .models.message import Message
from .models.note import Note


def _str(src: Mapping[str, Any], key: str) -> str:
    value = src[key]
    if not isinstance(value, str):
        raise TypeError(f"{key} must be a string, got {type(value).__name__}")
    return value


def _object(src: Mapping[str, Any], key: str) -> dict[str, Any]:
    value = src[key]
    if not isinstance(value, dict):
        raise TypeError(f"{key} must be an object, got {type(value).__name__}")
    return value


@attrs.frozen(slots=True)
class UnknownWebhookEvent:
    """An event type this SDK version does not know: kept whole (`data` as JSON), never an error.

    Attributes:
        id: The event's id.
        type: The event type, as sent.
        timestamp: When it happened.
        data: Its payload, as parsed JSON.
    """

    id: str
    type: str
    timestamp: datetime.datetime
    data: dict[str, Any]

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> UnknownWebhookEvent:
        """Build it from a delivery's parsed body.

        Args:
            src: The body: `id`, `type`, `timestamp` and `data`.
        """
        timestamp = datetime.datetime.fromisoformat(_str(src, "timestamp"))
        return cls(id=_str(src, "id"), type=_str(src, "type"), timestamp=timestamp, data=_object(src, "data"))


@attrs.frozen(slots=True)
class ContactDeletedEvent:
    """`contact.deleted`: A contact was erased.

    Attributes:
        id: The event's id (also the delivery's `webhook-id`).
        timestamp: When it happened.
        data: Its payload.
        type: `"contact.deleted"`.
    """

    id: str
    timestamp: datetime.datetime
    data: dict[str, Any]
    type: Literal["contact.deleted"] = "contact.deleted"

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ContactDeletedEvent:
        """Build it from a delivery's parsed body.

        Args:
            src: The body: `id`, `type`, `timestamp` and `data`.
        """
        timestamp = datetime.datetime.fromisoformat(_str(src, "timestamp"))
        data = _object(src, "data")
        return cls(id=_str(src, "id"), timestamp=timestamp, data=data)


@attrs.frozen(slots=True)
class ContactUpdatedEvent:
    """`contact.updated`: A contact's fields changed.

    Attributes:
        id: The event's id (also the delivery's `webhook-id`).
        timestamp: When it happened.
        data: Its payload.
        type: `"contact.updated"`.
    """

    id: str
    timestamp: datetime.datetime
    data: Contact
    type: Literal["contact.updated"] = "contact.updated"

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ContactUpdatedEvent:
        """Build it from a delivery's parsed body.

        Args:
            src: The body: `id`, `type`, `timestamp` and `data`.
        """
        timestamp = datetime.datetime.fromisoformat(_str(src, "timestamp"))
        data = Contact.from_dict(_object(src, "data"))
        return cls(id=_str(src, "id"), timestamp=timestamp, data=data)


@attrs.frozen(slots=True)
class ConversationClosedEvent:
    """`conversation.closed`: A conversation was closed.

    Attributes:
        id: The event's id (also the delivery's `webhook-id`).
        timestamp: When it happened.
        data: Its payload.
        type: `"conversation.closed"`.
    """

    id: str
    timestamp: datetime.datetime
    data: Conversation
    type: Literal["conversation.closed"] = "conversation.closed"

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ConversationClosedEvent:
        """Build it from a delivery's parsed body.

        Args:
            src: The body: `id`, `type`, `timestamp` and `data`.
        """
        timestamp = datetime.datetime.fromisoformat(_str(src, "timestamp"))
        data = Conversation.from_dict(_object(src, "data"))
        return cls(id=_str(src, "id"), timestamp=timestamp, data=data)


@attrs.frozen(slots=True)
class ConversationCreatedEvent:
    """`conversation.created`: A conversation was started.

    Attributes:
        id: The event's id (also the delivery's `webhook-id`).
        timestamp: When it happened.
        data: Its payload.
        type: `"conversation.created"`.
    """

    id: str
    timestamp: datetime.datetime
    data: Conversation
    type: Literal["conversation.created"] = "conversation.created"

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ConversationCreatedEvent:
        """Build it from a delivery's parsed body.

        Args:
            src: The body: `id`, `type`, `timestamp` and `data`.
        """
        timestamp = datetime.datetime.fromisoformat(_str(src, "timestamp"))
        data = Conversation.from_dict(_object(src, "data"))
        return cls(id=_str(src, "id"), timestamp=timestamp, data=data)


@attrs.frozen(slots=True)
class ConversationUpdatedEvent:
    """`conversation.updated`: A conversation changed status, assignee, subject or tags.

    Attributes:
        id: The event's id (also the delivery's `webhook-id`).
        timestamp: When it happened.
        data: Its payload.
        type: `"conversation.updated"`.
    """

    id: str
    timestamp: datetime.datetime
    data: Conversation
    type: Literal["conversation.updated"] = "conversation.updated"

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ConversationUpdatedEvent:
        """Build it from a delivery's parsed body.

        Args:
            src: The body: `id`, `type`, `timestamp` and `data`.
        """
        timestamp = datetime.datetime.fromisoformat(_str(src, "timestamp"))
        data = Conversation.from_dict(_object(src, "data"))
        return cls(id=_str(src, "id"), timestamp=timestamp, data=data)


@attrs.frozen(slots=True)
class KnowledgeArticleIngestedEvent:
    """`knowledge.article.ingested`: An uploaded file finished ingesting.

    Attributes:
        id: The event's id (also the delivery's `webhook-id`).
        timestamp: When it happened.
        data: Its payload.
        type: `"knowledge.article.ingested"`.
    """

    id: str
    timestamp: datetime.datetime
    data: Article
    type: Literal["knowledge.article.ingested"] = "knowledge.article.ingested"

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> KnowledgeArticleIngestedEvent:
        """Build it from a delivery's parsed body.

        Args:
            src: The body: `id`, `type`, `timestamp` and `data`.
        """
        timestamp = datetime.datetime.fromisoformat(_str(src, "timestamp"))
        data = Article.from_dict(_object(src, "data"))
        return cls(id=_str(src, "id"), timestamp=timestamp, data=data)


@attrs.frozen(slots=True)
class MessageCreatedEvent:
    """`message.created`: A message was appended to a thread.

    Attributes:
        id: The event's id (also the delivery's `webhook-id`).
        timestamp: When it happened.
        data: Its payload.
        type: `"message.created"`.
    """

    id: str
    timestamp: datetime.datetime
    data: Message
    type: Literal["message.created"] = "message.created"

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> MessageCreatedEvent:
        """Build it from a delivery's parsed body.

        Args:
            src: The body: `id`, `type`, `timestamp` and `data`.
        """
        timestamp = datetime.datetime.fromisoformat(_str(src, "timestamp"))
        data = Message.from_dict(_object(src, "data"))
        return cls(id=_str(src, "id"), timestamp=timestamp, data=data)


@attrs.frozen(slots=True)
class NoteCreatedEvent:
    """`note.created`: An internal note was added.

    Attributes:
        id: The event's id (also the delivery's `webhook-id`).
        timestamp: When it happened.
        data: Its payload.
        type: `"note.created"`.
    """

    id: str
    timestamp: datetime.datetime
    data: Note
    type: Literal["note.created"] = "note.created"

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> NoteCreatedEvent:
        """Build it from a delivery's parsed body.

        Args:
            src: The body: `id`, `type`, `timestamp` and `data`.
        """
        timestamp = datetime.datetime.fromisoformat(_str(src, "timestamp"))
        data = Note.from_dict(_object(src, "data"))
        return cls(id=_str(src, "id"), timestamp=timestamp, data=data)


WebhookEvent = (
    ContactDeletedEvent
    | ContactUpdatedEvent
    | ConversationClosedEvent
    | ConversationCreatedEvent
    | ConversationUpdatedEvent
    | KnowledgeArticleIngestedEvent
    | MessageCreatedEvent
    | NoteCreatedEvent
    | UnknownWebhookEvent
)

EVENT_CLASSES: dict[str, Callable[[Mapping[str, Any]], WebhookEvent]] = {
    "contact.deleted": ContactDeletedEvent.from_dict,
    "contact.updated": ContactUpdatedEvent.from_dict,
    "conversation.closed": ConversationClosedEvent.from_dict,
    "conversation.created": ConversationCreatedEvent.from_dict,
    "conversation.updated": ConversationUpdatedEvent.from_dict,
    "knowledge.article.ingested": KnowledgeArticleIngestedEvent.from_dict,
    "message.created": MessageCreatedEvent.from_dict,
    "note.created": NoteCreatedEvent.from_dict,
}


def parse_event(src: Mapping[str, Any]) -> WebhookEvent:
    """The typed event of a delivery body (KeyError/TypeError/ValueError when it is malformed)."""
    if not isinstance(src, Mapping):
        raise TypeError(f"an event is a JSON object, got {type(src).__name__}")
    parser = EVENT_CLASSES.get(_str(src, "type"), UnknownWebhookEvent.from_dict)
    return parser(src)
