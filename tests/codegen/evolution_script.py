"""Run inside a package generated from `evolution.evolved_spec()` (PYTHONPATH set by test_evolution.py):
exercise every construct through the public client with respx, and print {case: "ok" | the error}."""

from __future__ import annotations

import asyncio
import datetime
import io
import json
import traceback
import warnings
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import respx

from leadiosa_async import AsyncLeadiosa, File, LeadiosaDeprecationWarning, ResponseValidationError
from leadiosa_async.models import Conversation

BASE = "https://leadiosa.test/api/v1"
CASES: dict[str, Callable[[AsyncLeadiosa, respx.MockRouter], Awaitable[None]]] = {}


def case(name: str) -> Callable[[Any], Any]:
    def register(func: Any) -> Any:
        CASES[name] = func
        return func

    return register


async def expect(error: type[Exception], awaitable: Awaitable[Any], fragment: str = "") -> None:
    """`awaitable` must raise `error` (with `fragment` in its message)."""
    try:
        await awaitable
    except error as exc:
        if fragment not in str(exc):
            raise AssertionError(f"{fragment!r} is not in {exc}") from exc
        return
    raise AssertionError(f"{error.__name__} was not raised")


def models() -> Any:
    from leadiosa_async._generated import models as m

    return m


def owner(**extra: Any) -> dict[str, Any]:
    return {"id": "o1", "pet": {"pet_type": "dog", "name": "Rex"}, "pets": [], **extra}


@case("discriminator-mapping")
async def _(client: AsyncLeadiosa, api: respx.MockRouter) -> None:
    m = models()
    api.get("/experiments/pets/p1").respond(200, json={"pet_type": "dog", "name": "Rex", "good": True})
    api.get("/experiments/pets/p2").respond(200, json={"pet_type": "cat", "name": "Tom", "lives": 9})
    dog, cat = await client.experiments.get_pet("p1"), await client.experiments.get_pet("p2")
    assert type(dog) is m.Dog and dog.good is True and type(cat) is m.Cat and cat.lives == 9, (dog, cat)


@case("discriminator-unknown-value")
async def _(client: AsyncLeadiosa, api: respx.MockRouter) -> None:
    from leadiosa_async.models import UnknownVariant

    m = models()
    fish = {"pet_type": "fish", "name": "Nemo", "fins": {"count": 3}}
    api.get("/experiments/pets/p3").respond(200, json=fish)
    found = await client.experiments.get_pet("p3")
    assert isinstance(found, UnknownVariant) and not isinstance(found, m.Cat | m.Dog), found
    assert (found.discriminator, found.value, found["fins"]) == ("pet_type", "fish", {"count": 3})
    assert found.to_dict() == fish  # exactly what was received
    match found:
        case m.Cat() | m.Dog():
            raise AssertionError("a known variant matched")
        case UnknownVariant(value="fish"):
            pass
    pets = [{"pet_type": "cat", "name": "Tom"}, fish]  # in a list and a field, beside known ones
    api.get("/experiments/owners/o3").respond(200, json=owner(pets=pets, pet=fish))
    owner_found = await client.experiments.get_owner("o3")
    assert isinstance(owner_found.pet, UnknownVariant) and type(owner_found.pets[0]) is m.Cat
    assert owner_found.to_dict()["pets"] == pets and owner_found.to_dict()["pet"] == fish
    api.get("/experiments/pets/p4").respond(200, json={"name": "nobody says what I am"})
    await expect(ResponseValidationError, client.experiments.get_pet("p4"), "None is not a variant's name")
    api.get("/experiments/pets/p5").respond(200, json={"pet_type": "dog"})  # a known variant, still strict
    await expect(ResponseValidationError, client.experiments.get_pet("p5"))


@case("discriminator-nested-and-list-items")
async def _(client: AsyncLeadiosa, api: respx.MockRouter) -> None:
    m = models()
    pets = [{"pet_type": "cat", "name": "Tom"}, {"pet_type": "dog", "name": "Rex"}]
    api.get("/experiments/owners/o1").respond(200, json=owner(pets=pets))
    found = await client.experiments.get_owner("o1")
    assert type(found.pet) is m.Dog and [type(p) for p in found.pets] == [m.Cat, m.Dog]


@case("discriminator-without-mapping")
async def _(client: AsyncLeadiosa, api: respx.MockRouter) -> None:
    m = models()
    api.get("/experiments/owners/o2").respond(200, json=owner(shape={"kind": "Square", "side": 2}))
    assert type((await client.experiments.get_owner("o2")).shape) is m.Square


@case("discriminator-request-body")
async def _(client: AsyncLeadiosa, api: respx.MockRouter) -> None:
    m = models()
    route = api.post("/experiments/pets").respond(201, json={"pet_type": "dog", "name": "Rex"})
    created = await client.experiments.create_pet(body=m.Dog(pet_type="dog", name="Rex"))
    assert json.loads(route.calls.last.request.content) == {"pet_type": "dog", "name": "Rex"}
    assert type(created) is m.Dog


@case("nullable-object-body-field")
async def _(client: AsyncLeadiosa, api: respx.MockRouter) -> None:
    m = models()
    route = api.post("/experiments/items").respond(201, json={"id": 1, "name": "a", "label": None})
    await client.experiments.create_item(name="a", label=None, badge=m.Badge(color="red"))
    await client.experiments.create_item(name="b", label=m.Label(text="x"))
    sent = [json.loads(call.request.content) for call in route.calls]
    assert sent == [{"name": "a", "label": None, "badge": {"color": "red"}}, {"name": "b", "label": {"text": "x"}}]
    too_long = {"text": "x" * 21}  # a dict is checked; a model is taken as built
    await expect(ValueError, client.experiments.create_item(name="c", label=too_long), "at most 20")


@case("oneof-body-field")
async def _(client: AsyncLeadiosa, api: respx.MockRouter) -> None:
    m = models()
    route = api.post("/experiments/items").respond(201, json={"id": 1, "name": "a"})
    await client.experiments.create_item(name="a", either=5)
    await client.experiments.create_item(name="a", either=m.Label(text="t"))
    assert [json.loads(c.request.content)["either"] for c in route.calls] == [5, {"text": "t"}]


@case("integer-path-parameter")
async def _(client: AsyncLeadiosa, api: respx.MockRouter) -> None:
    api.get("/experiments/items/7").respond(200, json={"id": 7, "name": "seven"})
    assert (await client.experiments.get_item(7)).id == 7
    for bad, error in ((0, ValueError), ("7", TypeError), (True, TypeError)):
        await expect(error, client.experiments.get_item(bad))


@case("untagged-unusual-operation-id")
async def _(client: AsyncLeadiosa, api: respx.MockRouter) -> None:
    api.get("/experiments/weird").respond(200, json={"text": "w"})
    assert (await client.experiments.get_weird_thing_v2()).text == "w"


@case("nullable-primitive-type-checked")
async def _(client: AsyncLeadiosa, api: respx.MockRouter) -> None:
    api.get("/experiments/owners/o3").respond(200, json=owner(nickname=None))
    api.get("/experiments/owners/o4").respond(200, json=owner(nickname=5))
    assert (await client.experiments.get_owner("o3")).nickname is None
    await expect(ResponseValidationError, client.experiments.get_owner("o4"))  # a number for a string | null


@case("keyword-and-dashed-property-names")
async def _(client: AsyncLeadiosa, api: respx.MockRouter) -> None:
    api.get("/experiments/owners/o5").respond(200, json=owner(**{"class": "gold", "x-trace-id": "t1"}))
    found = await client.experiments.get_owner("o5")
    assert (found.class_, found.x_trace_id) == ("gold", "t1")


@case("date-uri-and-additional-properties-maps")
async def _(client: AsyncLeadiosa, api: respx.MockRouter) -> None:
    body = owner(born="2020-02-29", homepage="https://example.com/o", labels={"a": {"x": 1}})
    api.get("/experiments/owners/o6").respond(200, json=body)
    found = await client.experiments.get_owner("o6")
    assert found.born == datetime.date(2020, 2, 29) and found.homepage == "https://example.com/o"
    assert found.labels.additional_properties["a"].additional_properties == {"x": 1}


@case("bare-array-response")
async def _(client: AsyncLeadiosa, api: respx.MockRouter) -> None:
    m = models()
    api.get("/experiments/pets").respond(200, json=[{"pet_type": "cat", "name": "Tom"}])
    assert [type(p) for p in await client.experiments.list_pets()] == [m.Cat]


@case("array-enum-query-and-header-parameters")
async def _(client: AsyncLeadiosa, api: respx.MockRouter) -> None:
    route = api.get("/experiments/search").respond(200, json=[])
    await client.experiments.search(ids=[1, 2], level="high", x_request_tag="t")
    request = route.calls.last.request
    assert request.url.params.get_list("ids") == ["1", "2"] and request.url.params["level"] == "high"
    assert request.headers["x-request-tag"] == "t"
    await expect(ValueError, client.experiments.search(level="mid"))


@case("allof-composition")
async def _(client: AsyncLeadiosa, api: respx.MockRouter) -> None:
    api.get("/experiments/search").respond(200, json=[{"created_at": "2026-01-01T00:00:00Z", "text": "n"}])
    (note,) = await client.experiments.search()
    assert note.text == "n" and isinstance(note.created_at, datetime.datetime)


@case("const-default-deprecated-and-nested-oneof")
async def _(client: AsyncLeadiosa, api: respx.MockRouter) -> None:
    m = models()
    route = api.post("/experiments/settings").respond(202)
    assert await client.experiments.put_setting(kind="setting", value=["a", m.Label(text="b")]) is None
    assert json.loads(route.calls.last.request.content) == {"kind": "setting", "value": ["a", {"text": "b"}]}
    doc = client.experiments.put_setting.__doc__ or ""
    assert "level:" in doc and "Server default: 'low'." in doc  # the default, documented; not sent
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await client.experiments.put_setting(kind="setting", value=3, old_name="x")
    assert [w.category for w in caught] == [LeadiosaDeprecationWarning], caught
    await expect(ValueError, client.experiments.put_setting(kind="other", value=3))


@case("multipart-several-files")
async def _(client: AsyncLeadiosa, api: respx.MockRouter) -> None:
    route = api.post("/experiments/files").respond(201, json={"text": "ok"})
    files = [File(payload=io.BytesIO(b"one"), file_name="a.txt"), File(payload=io.BytesIO(b"two"), file_name="b.txt")]
    await client.experiments.upload(files=files, note="n")
    content = route.calls.last.request.content
    assert b'filename="a.txt"' in content and b'filename="b.txt"' in content and b"two" in content


@case("new-enum-value-and-optional-field-tolerated")
async def _(client: AsyncLeadiosa, api: respx.MockRouter) -> None:
    body = {"id": "c1", "status": "waiting", "channel": "fax", "contact_id": "ct", "created_at": "2026-05-12T07:28:25Z",
            "updated_at": "2026-05-12T07:28:25Z", "sentiment": 0.5}  # fmt: skip
    api.get("/conversations/c1").respond(200, json=body)
    conv = await client.conversations.get("c1")
    assert isinstance(conv, Conversation) and conv.status == "waiting" and conv["sentiment"] == 0.5


@case("read-only-and-write-only")
async def _(client: AsyncLeadiosa, api: respx.MockRouter) -> None:
    route = api.post("/experiments/accounts").respond(201, json={"id": "acc_1", "name": "a"})  # no password back
    account = await client.experiments.create_account(name="a", password="p")
    assert json.loads(route.calls.last.request.content) == {"name": "a", "password": "p"}  # no id sent
    assert account.id == "acc_1" and not account.password
    await expect(TypeError, client.experiments.create_account(name="a", password="p", id="x"), "unexpected keyword")


@case("response-links-ignored")
async def _(client: AsyncLeadiosa, api: respx.MockRouter) -> None:
    api.get("/experiments/owners/o7").respond(200, json=owner())
    assert (await client.experiments.get_owner("o7")).id == "o1"  # the operation with links works as any other


async def main() -> None:
    results: dict[str, str] = {}
    for name, func in CASES.items():
        with respx.mock(base_url=BASE, assert_all_called=False) as api:
            async with AsyncLeadiosa("tok", base_url=BASE, http_client=httpx.AsyncClient()) as client:
                try:
                    await func(client, api)
                    results[name] = "ok"
                except Exception:
                    results[name] = traceback.format_exc(limit=3)
    print(json.dumps(results))


if __name__ == "__main__":
    asyncio.run(main())
