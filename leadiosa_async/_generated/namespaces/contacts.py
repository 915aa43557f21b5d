# generated from openapi.json by `python -m codegen` — do not edit
"""`client.contacts`: Contact records, attributes, GDPR erasure."""

from __future__ import annotations

import builtins
from typing import Any, Unpack

from ..._protocol import (
    AnyOf,
    APIResponse,
    Bool,
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
from ..api.contacts import contacts_delete as _contacts_delete
from ..api.contacts import contacts_get as _contacts_get
from ..api.contacts import contacts_list as _contacts_list
from ..api.contacts import contacts_update as _contacts_update
from ..models.contact import Contact
from ..models.contact_attributes import ContactAttributes
from ..models.contact_update import ContactUpdate
from ..types import UNSET, Unset

# Argument checks, from the spec (leadiosa_async/_arguments.py): TypeError / ValueError before sending.
_CHECK_0 = Str(min_length=1)
_CHECK_1 = Str()
_CHECK_2 = Number(integer=True, minimum=1, maximum=100)
_CHECK_3 = Str(max_length=320)
_CHECK_4 = Str(max_length=200)
_CHECK_5 = Str(max_length=32)
_CHECK_6 = Model(ContactAttributes, {}, (), extra=AnyOf(Str(), Number(), Bool()))


class ContactsNamespace:
    """Contact records, attributes, GDPR erasure."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        """Built by the client (`client.contacts`), not by you.

        Args:
            transport: The client's request pipeline.
        """
        self._transport = transport

    @property
    def with_raw_response(self) -> ContactsNamespaceWithRawResponse:
        """The same operations, returning the `APIResponse` (status, headers, request id, timings) instead."""
        return ContactsNamespaceWithRawResponse(self._transport)

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
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            None

        """
        if not (contact_id.__class__ is str and 1 <= len(contact_id)):
            _CHECK_0("contact_id", contact_id)
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
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Contact

        """
        if not (contact_id.__class__ is str and 1 <= len(contact_id)):
            _CHECK_0("contact_id", contact_id)
        return await _contacts_get.call(
            self._transport,
            options,
            contact_id,
        )

    @operation(ops.CONTACTS_LIST)
    def list(
        self,
        *,
        email: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PageCall[Contact]:
        """List contacts

        `GET /contacts` — operationId `contacts_list`.

        Contacts of the workspace, newest first. Cursor-paginated: pass the previous page's `next_cursor`
        (`pagination.next_cursor` in the JSON) as `after` to get the next page. A cursor is valid only until
        the listed data changes; an expired cursor is answered with 400 `cursor_expired`.

        Args:
            email: Only the contact with this email address.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            PageCall[Contact]: `await` it for the first `Page` (`.data`, `.has_more`,
            `.next_cursor`), or `async for` it for every item of every page (`.pages()` for pages);
            `client.paginate()` adds prefetch, `max_items` and restarts.

        """
        if email is not UNSET:
            _CHECK_1("email", email)
        if limit is not UNSET and not (limit.__class__ is int and 1 <= limit <= 100):
            _CHECK_2("limit", limit)
        if after is not UNSET and not (after.__class__ is str and 1 <= len(after)):
            _CHECK_0("after", after)
        return PageCall(
            self.list,
            (),
            lambda: {  # the keyword arguments, built only when the call is iterated
                **{
                    name: value
                    for name, value in (
                        ("email", email),
                        ("limit", limit),
                        ("after", after),
                    )
                    if value is not UNSET
                },
                **options,
            },
            lambda: _contacts_list.call(
                self._transport,
                options,
                email=email,
                limit=limit,
                after=after,
            ),
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
            email: New email address.
            name: New display name.
            phone: New phone number, as the contact gave it.
            attributes: Custom attributes: string, number or boolean values.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Contact

        """
        if not (contact_id.__class__ is str and 1 <= len(contact_id)):
            _CHECK_0("contact_id", contact_id)
        if email is not UNSET:
            _CHECK_3("email", email)
        if name is not UNSET and not (name.__class__ is str and len(name) <= 200):
            _CHECK_4("name", name)
        if phone is not UNSET and not (phone.__class__ is str and len(phone) <= 32):
            _CHECK_5("phone", phone)
        if attributes is not UNSET:
            _CHECK_6("attributes", attributes)
        at_least(
            "contacts.update",
            1,
            {
                "email": email,
                "name": name,
                "phone": phone,
                "attributes": attributes,
            },
            UNSET,
        )
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


class ContactsNamespaceWithRawResponse:
    """`client.contacts.with_raw_response`: each operation returns its `APIResponse`."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        """Built by the client (`client.contacts`), not by you.

        Args:
            transport: The client's request pipeline.
        """
        self._transport = transport

    @operation(ops.CONTACTS_DELETE)
    async def delete(
        self,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Erase a contact (GDPR)

        `DELETE /contacts/{contact_id}` — operationId `contacts_delete`.

        Erases the contact and the personal data of their conversations and messages for good (GDPR right to
        erasure). Cannot be undone.

        Args:
            contact_id: The contact's ID.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[None]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if not (contact_id.__class__ is str and 1 <= len(contact_id)):
            _CHECK_0("contact_id", contact_id)
        return await self._transport.request_raw(
            ops.CONTACTS_DELETE,
            _contacts_delete._get_kwargs(
                contact_id,
            ),
            _contacts_delete._parse,
            options,
        )

    @operation(ops.CONTACTS_GET)
    async def get(
        self,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Contact]:
        """Get a contact

        `GET /contacts/{contact_id}` — operationId `contacts_get`.

        One contact by ID.

        Args:
            contact_id: The contact's ID.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Contact]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if not (contact_id.__class__ is str and 1 <= len(contact_id)):
            _CHECK_0("contact_id", contact_id)
        return await self._transport.request_raw(
            ops.CONTACTS_GET,
            _contacts_get._get_kwargs(
                contact_id,
            ),
            _contacts_get._parse,
            options,
        )

    @operation(ops.CONTACTS_LIST)
    async def list(
        self,
        *,
        email: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Page[Contact]]:
        """List contacts

        `GET /contacts` — operationId `contacts_list`.

        Contacts of the workspace, newest first. Cursor-paginated: pass the previous page's `next_cursor`
        (`pagination.next_cursor` in the JSON) as `after` to get the next page. A cursor is valid only until
        the listed data changes; an expired cursor is answered with 400 `cursor_expired`.

        Args:
            email: Only the contact with this email address.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Page[Contact]]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if email is not UNSET:
            _CHECK_1("email", email)
        if limit is not UNSET and not (limit.__class__ is int and 1 <= limit <= 100):
            _CHECK_2("limit", limit)
        if after is not UNSET and not (after.__class__ is str and 1 <= len(after)):
            _CHECK_0("after", after)
        return await self._transport.request_raw(
            ops.CONTACTS_LIST,
            _contacts_list._get_kwargs(
                email=email,
                limit=limit,
                after=after,
            ),
            _contacts_list._parse,
            options,
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
    ) -> APIResponse[Contact]:
        """Update a contact

        `PATCH /contacts/{contact_id}` — operationId `contacts_update`.

        Changes a contact's fields; `attributes` are merged key by key.

        Args:
            contact_id: The contact's ID.
            email: New email address.
            name: New display name.
            phone: New phone number, as the contact gave it.
            attributes: Custom attributes: string, number or boolean values.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Contact]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """
        if not (contact_id.__class__ is str and 1 <= len(contact_id)):
            _CHECK_0("contact_id", contact_id)
        if email is not UNSET:
            _CHECK_3("email", email)
        if name is not UNSET and not (name.__class__ is str and len(name) <= 200):
            _CHECK_4("name", name)
        if phone is not UNSET and not (phone.__class__ is str and len(phone) <= 32):
            _CHECK_5("phone", phone)
        if attributes is not UNSET:
            _CHECK_6("attributes", attributes)
        at_least(
            "contacts.update",
            1,
            {
                "email": email,
                "name": name,
                "phone": phone,
                "attributes": attributes,
            },
            UNSET,
        )
        return await self._transport.request_raw(
            ops.CONTACTS_UPDATE,
            _contacts_update._get_kwargs(
                contact_id,
                body=ContactUpdate(
                    email=email,
                    name=name,
                    phone=phone,
                    attributes=UNSET
                    if isinstance(attributes, Unset)
                    else coerce_model(ContactAttributes, attributes, "attributes"),
                ),
            ),
            _contacts_update._parse,
            options,
        )


class ContactsSyncNamespace:
    """`Leadiosa().contacts`: Contact records, attributes, GDPR erasure."""

    __slots__ = ("_async", "_portal")

    def __init__(self, portal: SyncRunner, namespace: ContactsNamespace) -> None:
        """Built by the client (`Leadiosa().contacts`), not by you.

        Args:
            portal: Runs the async namespace's calls on the sync client's event loop.
            namespace: The async namespace it wraps.
        """
        self._portal = portal
        self._async = namespace

    @property
    def with_raw_response(self) -> ContactsSyncNamespaceWithRawResponse:
        """The same operations, returning the `APIResponse` (status, headers, request id, timings) instead."""
        return ContactsSyncNamespaceWithRawResponse(self._portal, self._async.with_raw_response)

    @operation(ops.CONTACTS_DELETE)
    def delete(
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
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            None

        """

        return self._portal.call(self._async.delete, contact_id, **options)

    @operation(ops.CONTACTS_GET)
    def get(
        self,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> Contact:
        """Get a contact

        `GET /contacts/{contact_id}` — operationId `contacts_get`.

        One contact by ID.

        Args:
            contact_id: The contact's ID.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Contact

        """

        return self._portal.call(self._async.get, contact_id, **options)

    @operation(ops.CONTACTS_LIST)
    def list(
        self,
        *,
        email: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Contact]:
        """List contacts

        `GET /contacts` — operationId `contacts_list`.

        Contacts of the workspace, newest first. Cursor-paginated: pass the previous page's `next_cursor`
        (`pagination.next_cursor` in the JSON) as `after` to get the next page. A cursor is valid only until
        the listed data changes; an expired cursor is answered with 400 `cursor_expired`.

        Args:
            email: Only the contact with this email address.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            SyncPage[Contact]: the first page (`.data`, `.has_more`, `.next_cursor`);
            iterate it for every item of every page (`.pages()` for pages).

        """

        return self._portal.page(self._async.list(email=email, limit=limit, after=after, **options))

    @operation(ops.CONTACTS_UPDATE)
    def update(
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
            email: New email address.
            name: New display name.
            phone: New phone number, as the contact gave it.
            attributes: Custom attributes: string, number or boolean values.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            Contact

        """

        return self._portal.call(
            self._async.update, contact_id, email=email, name=name, phone=phone, attributes=attributes, **options
        )


class ContactsSyncNamespaceWithRawResponse:
    """`Leadiosa().contacts.with_raw_response`: each operation returns its `APIResponse`."""

    __slots__ = ("_async", "_portal")

    def __init__(self, portal: SyncRunner, namespace: ContactsNamespaceWithRawResponse) -> None:
        """Built by the client (`Leadiosa().contacts`), not by you.

        Args:
            portal: Runs the async namespace's calls on the sync client's event loop.
            namespace: The async namespace it wraps.
        """
        self._portal = portal
        self._async = namespace

    @operation(ops.CONTACTS_DELETE)
    def delete(
        self,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Erase a contact (GDPR)

        `DELETE /contacts/{contact_id}` — operationId `contacts_delete`.

        Erases the contact and the personal data of their conversations and messages for good (GDPR right to
        erasure). Cannot be undone.

        Args:
            contact_id: The contact's ID.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[None]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.delete, contact_id, **options)

    @operation(ops.CONTACTS_GET)
    def get(
        self,
        contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Contact]:
        """Get a contact

        `GET /contacts/{contact_id}` — operationId `contacts_get`.

        One contact by ID.

        Args:
            contact_id: The contact's ID.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Contact]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.get, contact_id, **options)

    @operation(ops.CONTACTS_LIST)
    def list(
        self,
        *,
        email: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        after: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Page[Contact]]:
        """List contacts

        `GET /contacts` — operationId `contacts_list`.

        Contacts of the workspace, newest first. Cursor-paginated: pass the previous page's `next_cursor`
        (`pagination.next_cursor` in the JSON) as `after` to get the next page. A cursor is valid only until
        the listed data changes; an expired cursor is answered with 400 `cursor_expired`.

        Args:
            email: Only the contact with this email address.
            limit: Page size. Server default: 25.
            after: The `next_cursor` of the previous page, verbatim. Cursors are opaque and issued by the
                API; any other value is refused with 400 `cursor_invalid`.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Page[Contact]]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(self._async.list, email=email, limit=limit, after=after, **options)

    @operation(ops.CONTACTS_UPDATE)
    def update(
        self,
        contact_id: str,
        *,
        email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        attributes: ContactAttributes | builtins.dict[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Contact]:
        """Update a contact

        `PATCH /contacts/{contact_id}` — operationId `contacts_update`.

        Changes a contact's fields; `attributes` are merged key by key.

        Args:
            contact_id: The contact's ID.
            email: New email address.
            name: New display name.
            phone: New phone number, as the contact gave it.
            attributes: Custom attributes: string, number or boolean values.
            **options: Per-call options (`RequestOptions`): `timeout`, `max_retries`, `deadline`,
                `extra_headers`, `extra_query`, `extra_body`, `retry_non_idempotent`, `priority`.

        Returns:
            APIResponse[Contact]: the HTTP response (`.status_code`, `.headers`,
            `.request_id`, `.rate_limit`, `.elapsed`, `.attempts`); `.parse()` gives the typed result.

        """

        return self._portal.call(
            self._async.update, contact_id, email=email, name=name, phone=phone, attributes=attributes, **options
        )
