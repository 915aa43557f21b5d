# generated from openapi.json by `python -m codegen` — do not edit
"""The operations table: every operation of openapi.json with what the transport needs to know."""

from .._protocol import Operation

AUDIT_LIST = Operation(
    operation_id="audit_list",
    tag="audit",
    method="GET",
    path="/audit",
    idempotent=True,
    deprecated=False,
    paginated=True,
    returns_json=True,
)
BILLING_GET_SUBSCRIPTION = Operation(
    operation_id="billing_get_subscription",
    tag="billing",
    method="GET",
    path="/billing/subscription",
    idempotent=True,
    deprecated=False,
    paginated=False,
    returns_json=True,
)
CONTACTS_DELETE = Operation(
    operation_id="contacts_delete",
    tag="contacts",
    method="DELETE",
    path="/contacts/{contact_id}",
    idempotent=True,
    deprecated=False,
    paginated=False,
    returns_json=False,
)
CONTACTS_GET = Operation(
    operation_id="contacts_get",
    tag="contacts",
    method="GET",
    path="/contacts/{contact_id}",
    idempotent=True,
    deprecated=False,
    paginated=False,
    returns_json=True,
)
CONTACTS_LIST = Operation(
    operation_id="contacts_list",
    tag="contacts",
    method="GET",
    path="/contacts",
    idempotent=True,
    deprecated=False,
    paginated=True,
    returns_json=True,
)
CONTACTS_UPDATE = Operation(
    operation_id="contacts_update",
    tag="contacts",
    method="PATCH",
    path="/contacts/{contact_id}",
    idempotent=False,
    deprecated=False,
    paginated=False,
    returns_json=True,
)
CONVERSATIONS_ASSIGN = Operation(
    operation_id="conversations_assign",
    tag="conversations",
    method="POST",
    path="/conversations/{conversation_id}/assign",
    idempotent=False,
    deprecated=True,
    paginated=False,
    returns_json=True,
    deprecation_note="Deprecated: assignment moved into `conversations_update` (PATCH /conversations/{conversation_id} with `assignee_id`), which also changes status in the same call. This endpoint answers with an `X-API-Deprecation` header and will be removed no earlier than 90 days after the announcement.",
)
CONVERSATIONS_CREATE = Operation(
    operation_id="conversations_create",
    tag="conversations",
    method="POST",
    path="/conversations",
    idempotent=False,
    deprecated=False,
    paginated=False,
    returns_json=True,
)
CONVERSATIONS_GET = Operation(
    operation_id="conversations_get",
    tag="conversations",
    method="GET",
    path="/conversations/{conversation_id}",
    idempotent=True,
    deprecated=False,
    paginated=False,
    returns_json=True,
)
CONVERSATIONS_LIST = Operation(
    operation_id="conversations_list",
    tag="conversations",
    method="GET",
    path="/conversations",
    idempotent=True,
    deprecated=False,
    paginated=True,
    returns_json=True,
)
CONVERSATIONS_UPDATE = Operation(
    operation_id="conversations_update",
    tag="conversations",
    method="PATCH",
    path="/conversations/{conversation_id}",
    idempotent=False,
    deprecated=False,
    paginated=False,
    returns_json=True,
)
KNOWLEDGE_CREATE_ARTICLE = Operation(
    operation_id="knowledge_create_article",
    tag="knowledge",
    method="POST",
    path="/knowledge/articles",
    idempotent=False,
    deprecated=False,
    paginated=False,
    returns_json=True,
)
KNOWLEDGE_DELETE_ARTICLE = Operation(
    operation_id="knowledge_delete_article",
    tag="knowledge",
    method="DELETE",
    path="/knowledge/articles/{article_id}",
    idempotent=True,
    deprecated=False,
    paginated=False,
    returns_json=False,
)
KNOWLEDGE_GET_ARTICLE = Operation(
    operation_id="knowledge_get_article",
    tag="knowledge",
    method="GET",
    path="/knowledge/articles/{article_id}",
    idempotent=True,
    deprecated=False,
    paginated=False,
    returns_json=True,
)
KNOWLEDGE_INGEST = Operation(
    operation_id="knowledge_ingest",
    tag="knowledge",
    method="POST",
    path="/knowledge/ingest",
    idempotent=False,
    deprecated=False,
    paginated=False,
    returns_json=True,
)
KNOWLEDGE_LIST_ARTICLES = Operation(
    operation_id="knowledge_list_articles",
    tag="knowledge",
    method="GET",
    path="/knowledge/articles",
    idempotent=True,
    deprecated=False,
    paginated=True,
    returns_json=True,
)
KNOWLEDGE_LIST_CHUNKS = Operation(
    operation_id="knowledge_list_chunks",
    tag="knowledge",
    method="GET",
    path="/knowledge/articles/{article_id}/chunks",
    idempotent=True,
    deprecated=False,
    paginated=True,
    returns_json=True,
)
KNOWLEDGE_UPDATE_ARTICLE = Operation(
    operation_id="knowledge_update_article",
    tag="knowledge",
    method="PATCH",
    path="/knowledge/articles/{article_id}",
    idempotent=False,
    deprecated=False,
    paginated=False,
    returns_json=True,
)
MESSAGES_CREATE = Operation(
    operation_id="messages_create",
    tag="messages",
    method="POST",
    path="/conversations/{conversation_id}/messages",
    idempotent=False,
    deprecated=False,
    paginated=False,
    returns_json=True,
)
MESSAGES_LIST = Operation(
    operation_id="messages_list",
    tag="messages",
    method="GET",
    path="/conversations/{conversation_id}/messages",
    idempotent=True,
    deprecated=False,
    paginated=True,
    returns_json=True,
)
NOTES_CREATE = Operation(
    operation_id="notes_create",
    tag="notes",
    method="POST",
    path="/conversations/{conversation_id}/notes",
    idempotent=False,
    deprecated=False,
    paginated=False,
    returns_json=True,
)
NOTES_LIST = Operation(
    operation_id="notes_list",
    tag="notes",
    method="GET",
    path="/conversations/{conversation_id}/notes",
    idempotent=True,
    deprecated=False,
    paginated=True,
    returns_json=True,
)
WEBHOOKS_CREATE = Operation(
    operation_id="webhooks_create",
    tag="webhooks",
    method="POST",
    path="/webhooks",
    idempotent=False,
    deprecated=False,
    paginated=False,
    returns_json=True,
)
WEBHOOKS_DELETE = Operation(
    operation_id="webhooks_delete",
    tag="webhooks",
    method="DELETE",
    path="/webhooks/{webhook_id}",
    idempotent=True,
    deprecated=False,
    paginated=False,
    returns_json=False,
)
WEBHOOKS_LIST = Operation(
    operation_id="webhooks_list",
    tag="webhooks",
    method="GET",
    path="/webhooks",
    idempotent=True,
    deprecated=False,
    paginated=True,
    returns_json=True,
)
WORKSPACE_CLOSE = Operation(
    operation_id="workspace_close",
    tag="workspace",
    method="POST",
    path="/workspace/close",
    idempotent=False,
    deprecated=False,
    paginated=False,
    returns_json=True,
)
WORKSPACE_GET = Operation(
    operation_id="workspace_get",
    tag="workspace",
    method="GET",
    path="/workspace",
    idempotent=True,
    deprecated=False,
    paginated=False,
    returns_json=True,
)
WORKSPACE_GET_ARCHIVE_STATUS = Operation(
    operation_id="workspace_get_archive_status",
    tag="workspace",
    method="GET",
    path="/workspace/archive-status",
    idempotent=True,
    deprecated=False,
    paginated=False,
    returns_json=True,
)
WORKSPACE_RESTORE = Operation(
    operation_id="workspace_restore",
    tag="workspace",
    method="POST",
    path="/workspace/restore",
    idempotent=False,
    deprecated=False,
    paginated=False,
    returns_json=True,
)

OPERATIONS: dict[str, Operation] = {
    "audit_list": AUDIT_LIST,
    "billing_get_subscription": BILLING_GET_SUBSCRIPTION,
    "contacts_delete": CONTACTS_DELETE,
    "contacts_get": CONTACTS_GET,
    "contacts_list": CONTACTS_LIST,
    "contacts_update": CONTACTS_UPDATE,
    "conversations_assign": CONVERSATIONS_ASSIGN,
    "conversations_create": CONVERSATIONS_CREATE,
    "conversations_get": CONVERSATIONS_GET,
    "conversations_list": CONVERSATIONS_LIST,
    "conversations_update": CONVERSATIONS_UPDATE,
    "knowledge_create_article": KNOWLEDGE_CREATE_ARTICLE,
    "knowledge_delete_article": KNOWLEDGE_DELETE_ARTICLE,
    "knowledge_get_article": KNOWLEDGE_GET_ARTICLE,
    "knowledge_ingest": KNOWLEDGE_INGEST,
    "knowledge_list_articles": KNOWLEDGE_LIST_ARTICLES,
    "knowledge_list_chunks": KNOWLEDGE_LIST_CHUNKS,
    "knowledge_update_article": KNOWLEDGE_UPDATE_ARTICLE,
    "messages_create": MESSAGES_CREATE,
    "messages_list": MESSAGES_LIST,
    "notes_create": NOTES_CREATE,
    "notes_list": NOTES_LIST,
    "webhooks_create": WEBHOOKS_CREATE,
    "webhooks_delete": WEBHOOKS_DELETE,
    "webhooks_list": WEBHOOKS_LIST,
    "workspace_close": WORKSPACE_CLOSE,
    "workspace_get": WORKSPACE_GET,
    "workspace_get_archive_status": WORKSPACE_GET_ARCHIVE_STATUS,
    "workspace_restore": WORKSPACE_RESTORE,
}
