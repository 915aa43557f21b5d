# generated from openapi.json by `python -m codegen` — do not edit
"""`client.knowledge`: Knowledge-base articles and chunks. Manual ingest path."""

from __future__ import annotations

from typing import Unpack

from ..._protocol import (
    APIResponse,
    Enum,
    Instance,
    Number,
    Page,
    PageCall,
    RequestOptions,
    Str,
    SyncPage,
    SyncRunner,
    Transport,
    at_least,
    operation,
    upload,
)
from .. import _operations as ops
from ..api.knowledge import knowledge_create_article as _knowledge_create_article
from ..api.knowledge import knowledge_delete_article as _knowledge_delete_article
from ..api.knowledge import knowledge_get_article as _knowledge_get_article
from ..api.knowledge import knowledge_ingest as _knowledge_ingest
from ..api.knowledge import knowledge_list_articles as _knowledge_list_articles
from ..api.knowledge import knowledge_list_chunks as _knowledge_list_chunks
from ..api.knowledge import knowledge_update_article as _knowledge_update_article
from ..models.article import Article
from ..models.article_create import ArticleCreate
from ..models.article_create_status import ArticleCreateStatus
from ..models.article_status import ArticleStatus
from ..models.article_update import ArticleUpdate
from ..models.article_update_status import ArticleUpdateStatus
from ..models.chunk import Chunk
from ..models.knowledge_ingest import KnowledgeIngest
from ..types import UNSET, File, Unset, Upload

# Argument checks, from the spec (leadiosa_async/_arguments.py): TypeError / ValueError before sending.
_CHECK_0 = Str(min_length=1, max_length=300)
_CHECK_1 = Str(min_length=1, max_length=200000)
_CHECK_2 = Enum(("draft", "published"))
_CHECK_3 = Str(min_length=1)
_CHECK_4 = Instance(File, "a File")
_CHECK_5 = Str(max_length=300)
_CHECK_6 = Enum(("draft", "published", "processing", "failed"))
_CHECK_7 = Number(integer=True, minimum=1, maximum=100)


class KnowledgeNamespace:
    """Knowledge-base articles and chunks. Manual ingest path."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        """Built by the client (`client.knowledge`), not by you.

        Args:
            transport: The client's request pipeline.
        """
        self._transport = transport

    @property
    def with_raw_response(self) -> KnowledgeNamespaceWithRawResponse:
        """The same operations, returning the `APIResponse` (status, headers, request id, timings) instead."""
        return KnowledgeNamespaceWithRawResponse(self._transport)

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
            title: The article's title.
            body: The article's text (Markdown); it is chunked for the AI agent.
            status: Initial state; default draft.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Article

        """
        if not (title.__class__ is str and 1 <= len(title) and len(title) <= 300):
            _CHECK_0("title", title)
        if not (body.__class__ is str and 1 <= len(body) and len(body) <= 200000):
            _CHECK_1("body", body)
        if status is not UNSET and not (status.__class__ is str and status in {"draft", "published"}):
            _CHECK_2("status", status)
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
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            None

        """
        if not (article_id.__class__ is str and 1 <= len(article_id)):
            _CHECK_3("article_id", article_id)
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
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Article

        """
        if not (article_id.__class__ is str and 1 <= len(article_id)):
            _CHECK_3("article_id", article_id)
        return await _knowledge_get_article.call(
            self._transport,
            options,
            article_id,
        )

    @operation(ops.KNOWLEDGE_INGEST)
    async def ingest(
        self,
        *,
        file: Upload,
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
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Article

        """
        file = await upload("file", file, File)
        _CHECK_4("file", file)
        if title is not UNSET and not (title.__class__ is str and len(title) <= 300):
            _CHECK_5("title", title)
        return await _knowledge_ingest.call(
            self._transport,
            options,
            body=KnowledgeIngest(
                file=file,
                title=title,
            ),
        )

    @operation(ops.KNOWLEDGE_LIST_ARTICLES)
    def list_articles(
        self,
        *,
        status: ArticleStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PageCall[Article]:
        """List knowledge-base articles

        `GET /knowledge/articles` — operationId `knowledge_list_articles`.

        Articles, most recently updated first. Cursor-paginated: pass the previous page's `next_cursor`
        (`pagination.next_cursor` in the JSON) as `after` to get the next page. A cursor is valid only until
        the listed data changes; an expired cursor is answered with 400 `cursor_expired`.

        Args:
            status: Only articles in this state.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            PageCall[Article]: `await` it for the first `Page` (`.data`, `.has_more`,
            `.next_cursor`), or `async for` it for every item of every page (`.pages()` for pages);
            `client.paginate()` adds prefetch, `max_items` and restarts.

        """
        if status is not UNSET and not (
            status.__class__ is str and status in {"draft", "failed", "processing", "published"}
        ):
            _CHECK_6("status", status)
        if limit is not UNSET and not (limit.__class__ is int and 1 <= limit <= 100):
            _CHECK_7("limit", limit)
        if after is not UNSET and not (after.__class__ is str and 1 <= len(after)):
            _CHECK_3("after", after)
        return PageCall(
            self.list_articles,
            (),
            lambda: {  # the keyword arguments, built only when the call is iterated
                **{
                    name: value
                    for name, value in (
                        ("status", status),
                        ("limit", limit),
                        ("after", after),
                    )
                    if value is not UNSET
                },
                **options,
            },
            lambda: _knowledge_list_articles.call(
                self._transport,
                options,
                status=status,
                limit=limit,
                after=after,
            ),
        )

    @operation(ops.KNOWLEDGE_LIST_CHUNKS)
    def list_chunks(
        self,
        article_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PageCall[Chunk]:
        """List an article's chunks

        `GET /knowledge/articles/{article_id}/chunks` — operationId `knowledge_list_chunks`.

        Retrieval chunks in order. Cursor-paginated: pass the previous page's `next_cursor`
        (`pagination.next_cursor` in the JSON) as `after` to get the next page. A cursor is valid only until
        the listed data changes; an expired cursor is answered with 400 `cursor_expired`.

        Args:
            article_id: The article's ID.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            PageCall[Chunk]: `await` it for the first `Page` (`.data`, `.has_more`,
            `.next_cursor`), or `async for` it for every item of every page (`.pages()` for pages);
            `client.paginate()` adds prefetch, `max_items` and restarts.

        """
        if not (article_id.__class__ is str and 1 <= len(article_id)):
            _CHECK_3("article_id", article_id)
        if limit is not UNSET and not (limit.__class__ is int and 1 <= limit <= 100):
            _CHECK_7("limit", limit)
        if after is not UNSET and not (after.__class__ is str and 1 <= len(after)):
            _CHECK_3("after", after)
        return PageCall(
            self.list_chunks,
            (article_id,),
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
            lambda: _knowledge_list_chunks.call(
                self._transport,
                options,
                article_id,
                limit=limit,
                after=after,
            ),
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
            title: New title.
            body: New text (Markdown); the article is chunked again.
            status: New state.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Article

        """
        if not (article_id.__class__ is str and 1 <= len(article_id)):
            _CHECK_3("article_id", article_id)
        if title is not UNSET and not (title.__class__ is str and 1 <= len(title) and len(title) <= 300):
            _CHECK_0("title", title)
        if body is not UNSET and not (body.__class__ is str and 1 <= len(body) and len(body) <= 200000):
            _CHECK_1("body", body)
        if status is not UNSET and not (status.__class__ is str and status in {"draft", "published"}):
            _CHECK_2("status", status)
        at_least(
            "knowledge.update_article",
            1,
            {
                "title": title,
                "body": body,
                "status": status,
            },
            UNSET,
        )
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


class KnowledgeNamespaceWithRawResponse:
    """`client.knowledge.with_raw_response`: each operation returns its `APIResponse`."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        """Built by the client (`client.knowledge`), not by you.

        Args:
            transport: The client's request pipeline.
        """
        self._transport = transport

    @operation(ops.KNOWLEDGE_CREATE_ARTICLE)
    async def create_article(
        self,
        *,
        title: str,
        body: str,
        status: ArticleCreateStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Article]:
        """Create an article

        `POST /knowledge/articles` — operationId `knowledge_create_article`.

        Creates an article from text; it is chunked for retrieval when published.

        Args:
            title: The article's title.
            body: The article's text (Markdown); it is chunked for the AI agent.
            status: Initial state; default draft.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Article]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if not (title.__class__ is str and 1 <= len(title) and len(title) <= 300):
            _CHECK_0("title", title)
        if not (body.__class__ is str and 1 <= len(body) and len(body) <= 200000):
            _CHECK_1("body", body)
        if status is not UNSET and not (status.__class__ is str and status in {"draft", "published"}):
            _CHECK_2("status", status)
        return await self._transport.request_raw(
            ops.KNOWLEDGE_CREATE_ARTICLE,
            _knowledge_create_article._get_kwargs(
                body=ArticleCreate(
                    title=title,
                    body=body,
                    status=status,
                ),
            ),
            _knowledge_create_article._parse,
            options,
        )

    @operation(ops.KNOWLEDGE_DELETE_ARTICLE)
    async def delete_article(
        self,
        article_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete an article

        `DELETE /knowledge/articles/{article_id}` — operationId `knowledge_delete_article`.

        Deletes an article and its chunks.

        Args:
            article_id: The article's ID.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[None]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if not (article_id.__class__ is str and 1 <= len(article_id)):
            _CHECK_3("article_id", article_id)
        return await self._transport.request_raw(
            ops.KNOWLEDGE_DELETE_ARTICLE,
            _knowledge_delete_article._get_kwargs(
                article_id,
            ),
            _knowledge_delete_article._parse,
            options,
        )

    @operation(ops.KNOWLEDGE_GET_ARTICLE)
    async def get_article(
        self,
        article_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Article]:
        """Get an article

        `GET /knowledge/articles/{article_id}` — operationId `knowledge_get_article`.

        One article by ID.

        Args:
            article_id: The article's ID.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Article]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if not (article_id.__class__ is str and 1 <= len(article_id)):
            _CHECK_3("article_id", article_id)
        return await self._transport.request_raw(
            ops.KNOWLEDGE_GET_ARTICLE,
            _knowledge_get_article._get_kwargs(
                article_id,
            ),
            _knowledge_get_article._parse,
            options,
        )

    @operation(ops.KNOWLEDGE_INGEST)
    async def ingest(
        self,
        *,
        file: Upload,
        title: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Article]:
        """Ingest a file (manual ingest path)

        `POST /knowledge/ingest` — operationId `knowledge_ingest`.

        Uploads a document as `multipart/form-data`; it becomes an article in status `processing` and is
        chunked in the background. Files over 10 MiB are refused with 413.

        Args:
            file: A .md, .txt, .html or .pdf file of at most 10 MiB.
            title: Defaults to the file name.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Article]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        file = await upload("file", file, File)
        _CHECK_4("file", file)
        if title is not UNSET and not (title.__class__ is str and len(title) <= 300):
            _CHECK_5("title", title)
        return await self._transport.request_raw(
            ops.KNOWLEDGE_INGEST,
            _knowledge_ingest._get_kwargs(
                body=KnowledgeIngest(
                    file=file,
                    title=title,
                ),
            ),
            _knowledge_ingest._parse,
            options,
        )

    @operation(ops.KNOWLEDGE_LIST_ARTICLES)
    async def list_articles(
        self,
        *,
        status: ArticleStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Page[Article]]:
        """List knowledge-base articles

        `GET /knowledge/articles` — operationId `knowledge_list_articles`.

        Articles, most recently updated first. Cursor-paginated: pass the previous page's `next_cursor`
        (`pagination.next_cursor` in the JSON) as `after` to get the next page. A cursor is valid only until
        the listed data changes; an expired cursor is answered with 400 `cursor_expired`.

        Args:
            status: Only articles in this state.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Page[Article]]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if status is not UNSET and not (
            status.__class__ is str and status in {"draft", "failed", "processing", "published"}
        ):
            _CHECK_6("status", status)
        if limit is not UNSET and not (limit.__class__ is int and 1 <= limit <= 100):
            _CHECK_7("limit", limit)
        if after is not UNSET and not (after.__class__ is str and 1 <= len(after)):
            _CHECK_3("after", after)
        return await self._transport.request_raw(
            ops.KNOWLEDGE_LIST_ARTICLES,
            _knowledge_list_articles._get_kwargs(
                status=status,
                limit=limit,
                after=after,
            ),
            _knowledge_list_articles._parse,
            options,
        )

    @operation(ops.KNOWLEDGE_LIST_CHUNKS)
    async def list_chunks(
        self,
        article_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Page[Chunk]]:
        """List an article's chunks

        `GET /knowledge/articles/{article_id}/chunks` — operationId `knowledge_list_chunks`.

        Retrieval chunks in order. Cursor-paginated: pass the previous page's `next_cursor`
        (`pagination.next_cursor` in the JSON) as `after` to get the next page. A cursor is valid only until
        the listed data changes; an expired cursor is answered with 400 `cursor_expired`.

        Args:
            article_id: The article's ID.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Page[Chunk]]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if not (article_id.__class__ is str and 1 <= len(article_id)):
            _CHECK_3("article_id", article_id)
        if limit is not UNSET and not (limit.__class__ is int and 1 <= limit <= 100):
            _CHECK_7("limit", limit)
        if after is not UNSET and not (after.__class__ is str and 1 <= len(after)):
            _CHECK_3("after", after)
        return await self._transport.request_raw(
            ops.KNOWLEDGE_LIST_CHUNKS,
            _knowledge_list_chunks._get_kwargs(
                article_id,
                limit=limit,
                after=after,
            ),
            _knowledge_list_chunks._parse,
            options,
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
    ) -> APIResponse[Article]:
        """Update an article

        `PATCH /knowledge/articles/{article_id}` — operationId `knowledge_update_article`.

        Changes title, body or status; a new body is re-chunked.

        Args:
            article_id: The article's ID.
            title: New title.
            body: New text (Markdown); the article is chunked again.
            status: New state.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Article]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if not (article_id.__class__ is str and 1 <= len(article_id)):
            _CHECK_3("article_id", article_id)
        if title is not UNSET and not (title.__class__ is str and 1 <= len(title) and len(title) <= 300):
            _CHECK_0("title", title)
        if body is not UNSET and not (body.__class__ is str and 1 <= len(body) and len(body) <= 200000):
            _CHECK_1("body", body)
        if status is not UNSET and not (status.__class__ is str and status in {"draft", "published"}):
            _CHECK_2("status", status)
        at_least(
            "knowledge.update_article",
            1,
            {
                "title": title,
                "body": body,
                "status": status,
            },
            UNSET,
        )
        return await self._transport.request_raw(
            ops.KNOWLEDGE_UPDATE_ARTICLE,
            _knowledge_update_article._get_kwargs(
                article_id,
                body=ArticleUpdate(
                    title=title,
                    body=body,
                    status=status,
                ),
            ),
            _knowledge_update_article._parse,
            options,
        )


class KnowledgeSyncNamespace:
    """`Leadiosa().knowledge`: Knowledge-base articles and chunks. Manual ingest path."""

    __slots__ = ("_async", "_portal")

    def __init__(self, portal: SyncRunner, namespace: KnowledgeNamespace) -> None:
        """Built by the client (`Leadiosa().knowledge`), not by you.

        Args:
            portal: Runs the async namespace's calls on the sync client's event loop.
            namespace: The async namespace it wraps.
        """
        self._portal = portal
        self._async = namespace

    @property
    def with_raw_response(self) -> KnowledgeSyncNamespaceWithRawResponse:
        """The same operations, returning the `APIResponse` (status, headers, request id, timings) instead."""
        return KnowledgeSyncNamespaceWithRawResponse(self._portal, self._async.with_raw_response)

    @operation(ops.KNOWLEDGE_CREATE_ARTICLE)
    def create_article(
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
            title: The article's title.
            body: The article's text (Markdown); it is chunked for the AI agent.
            status: Initial state; default draft.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Article

        """

        return self._portal.call(self._async.create_article, title=title, body=body, status=status, **options)

    @operation(ops.KNOWLEDGE_DELETE_ARTICLE)
    def delete_article(
        self,
        article_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an article

        `DELETE /knowledge/articles/{article_id}` — operationId `knowledge_delete_article`.

        Deletes an article and its chunks.

        Args:
            article_id: The article's ID.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            None

        """

        return self._portal.call(self._async.delete_article, article_id, **options)

    @operation(ops.KNOWLEDGE_GET_ARTICLE)
    def get_article(
        self,
        article_id: str,
        **options: Unpack[RequestOptions],
    ) -> Article:
        """Get an article

        `GET /knowledge/articles/{article_id}` — operationId `knowledge_get_article`.

        One article by ID.

        Args:
            article_id: The article's ID.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Article

        """

        return self._portal.call(self._async.get_article, article_id, **options)

    @operation(ops.KNOWLEDGE_INGEST)
    def ingest(
        self,
        *,
        file: Upload,
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
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Article

        """

        return self._portal.call(self._async.ingest, file=file, title=title, **options)

    @operation(ops.KNOWLEDGE_LIST_ARTICLES)
    def list_articles(
        self,
        *,
        status: ArticleStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Article]:
        """List knowledge-base articles

        `GET /knowledge/articles` — operationId `knowledge_list_articles`.

        Articles, most recently updated first. Cursor-paginated: pass the previous page's `next_cursor`
        (`pagination.next_cursor` in the JSON) as `after` to get the next page. A cursor is valid only until
        the listed data changes; an expired cursor is answered with 400 `cursor_expired`.

        Args:
            status: Only articles in this state.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            SyncPage[Article]: the first page (`.data`, `.has_more`, `.next_cursor`);
            iterate it for every item of every page (`.pages()` for pages).

        """

        return self._portal.page(self._async.list_articles(status=status, limit=limit, after=after, **options))

    @operation(ops.KNOWLEDGE_LIST_CHUNKS)
    def list_chunks(
        self,
        article_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Chunk]:
        """List an article's chunks

        `GET /knowledge/articles/{article_id}/chunks` — operationId `knowledge_list_chunks`.

        Retrieval chunks in order. Cursor-paginated: pass the previous page's `next_cursor`
        (`pagination.next_cursor` in the JSON) as `after` to get the next page. A cursor is valid only until
        the listed data changes; an expired cursor is answered with 400 `cursor_expired`.

        Args:
            article_id: The article's ID.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            SyncPage[Chunk]: the first page (`.data`, `.has_more`, `.next_cursor`);
            iterate it for every item of every page (`.pages()` for pages).

        """

        return self._portal.page(self._async.list_chunks(article_id, limit=limit, after=after, **options))

    @operation(ops.KNOWLEDGE_UPDATE_ARTICLE)
    def update_article(
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
            title: New title.
            body: New text (Markdown); the article is chunked again.
            status: New state.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Article

        """

        return self._portal.call(
            self._async.update_article, article_id, title=title, body=body, status=status, **options
        )


class KnowledgeSyncNamespaceWithRawResponse:
    """`Leadiosa().knowledge.with_raw_response`: each operation returns its `APIResponse`."""

    __slots__ = ("_async", "_portal")

    def __init__(self, portal: SyncRunner, namespace: KnowledgeNamespaceWithRawResponse) -> None:
        """Built by the client (`Leadiosa().knowledge`), not by you.

        Args:
            portal: Runs the async namespace's calls on the sync client's event loop.
            namespace: The async namespace it wraps.
        """
        self._portal = portal
        self._async = namespace

    @operation(ops.KNOWLEDGE_CREATE_ARTICLE)
    def create_article(
        self,
        *,
        title: str,
        body: str,
        status: ArticleCreateStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Article]:
        """Create an article

        `POST /knowledge/articles` — operationId `knowledge_create_article`.

        Creates an article from text; it is chunked for retrieval when published.

        Args:
            title: The article's title.
            body: The article's text (Markdown); it is chunked for the AI agent.
            status: Initial state; default draft.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Article]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.create_article, title=title, body=body, status=status, **options)

    @operation(ops.KNOWLEDGE_DELETE_ARTICLE)
    def delete_article(
        self,
        article_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete an article

        `DELETE /knowledge/articles/{article_id}` — operationId `knowledge_delete_article`.

        Deletes an article and its chunks.

        Args:
            article_id: The article's ID.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[None]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.delete_article, article_id, **options)

    @operation(ops.KNOWLEDGE_GET_ARTICLE)
    def get_article(
        self,
        article_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Article]:
        """Get an article

        `GET /knowledge/articles/{article_id}` — operationId `knowledge_get_article`.

        One article by ID.

        Args:
            article_id: The article's ID.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Article]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.get_article, article_id, **options)

    @operation(ops.KNOWLEDGE_INGEST)
    def ingest(
        self,
        *,
        file: Upload,
        title: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Article]:
        """Ingest a file (manual ingest path)

        `POST /knowledge/ingest` — operationId `knowledge_ingest`.

        Uploads a document as `multipart/form-data`; it becomes an article in status `processing` and is
        chunked in the background. Files over 10 MiB are refused with 413.

        Args:
            file: A .md, .txt, .html or .pdf file of at most 10 MiB.
            title: Defaults to the file name.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Article]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.ingest, file=file, title=title, **options)

    @operation(ops.KNOWLEDGE_LIST_ARTICLES)
    def list_articles(
        self,
        *,
        status: ArticleStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Page[Article]]:
        """List knowledge-base articles

        `GET /knowledge/articles` — operationId `knowledge_list_articles`.

        Articles, most recently updated first. Cursor-paginated: pass the previous page's `next_cursor`
        (`pagination.next_cursor` in the JSON) as `after` to get the next page. A cursor is valid only until
        the listed data changes; an expired cursor is answered with 400 `cursor_expired`.

        Args:
            status: Only articles in this state.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Page[Article]]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.list_articles, status=status, limit=limit, after=after, **options)

    @operation(ops.KNOWLEDGE_LIST_CHUNKS)
    def list_chunks(
        self,
        article_id: str,
        *,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Page[Chunk]]:
        """List an article's chunks

        `GET /knowledge/articles/{article_id}/chunks` — operationId `knowledge_list_chunks`.

        Retrieval chunks in order. Cursor-paginated: pass the previous page's `next_cursor`
        (`pagination.next_cursor` in the JSON) as `after` to get the next page. A cursor is valid only until
        the listed data changes; an expired cursor is answered with 400 `cursor_expired`.

        Args:
            article_id: The article's ID.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Page[Chunk]]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.list_chunks, article_id, limit=limit, after=after, **options)

    @operation(ops.KNOWLEDGE_UPDATE_ARTICLE)
    def update_article(
        self,
        article_id: str,
        *,
        title: str | Unset = UNSET,
        body: str | Unset = UNSET,
        status: ArticleUpdateStatus | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Article]:
        """Update an article

        `PATCH /knowledge/articles/{article_id}` — operationId `knowledge_update_article`.

        Changes title, body or status; a new body is re-chunked.

        Args:
            article_id: The article's ID.
            title: New title.
            body: New text (Markdown); the article is chunked again.
            status: New state.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Article]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(
            self._async.update_article, article_id, title=title, body=body, status=status, **options
        )
