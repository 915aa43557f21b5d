"""Argument checks that generated operations run before sending: requests are closed.

`codegen` turns each parameter's and body field's schema into one of these checkers (module-level
constants in the namespace modules), so a wrong type is a `TypeError` and a value outside the
spec's documented bounds or enum is a `ValueError`, both naming the argument, before anything is
sent. Responses stay open (enum values and fields the API adds later are accepted); only what the
caller sends is held to the spec. A checker is a callable `check(name, value)` that raises or
returns the value.

The checks are a few `isinstance` tests and comparisons per argument, not a validation framework:
`benchmarks/overhead.py` measures their cost per call.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

from ._warnings import emit_deprecation

Check = Callable[[str, Any], Any]


def _kind(value: object) -> str:
    return type(value).__name__


def check_number(name: str, value: object, *, minimum: float, inclusive: bool = True, integer: bool = False) -> None:
    """A client or per-call option that must be a number: TypeError for the type, ValueError for the range
    (NaN and infinity included)."""
    kinds = (int,) if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, kinds):
        raise TypeError(f"{name} must be {'an int' if integer else 'a number'}, got {_kind(value)}")
    ok = (value >= minimum if inclusive else value > minimum) and value < math.inf
    if not ok:
        raise ValueError(f"{name} must be {'>=' if inclusive else '>'} {minimum:g} and finite, got {value!r}")


def closest(name: str, valid: Sequence[str]) -> list[str]:
    """The valid name closest to `name`, if any is close (difflib loads with the first mistake, not with the SDK)."""
    import difflib

    return difflib.get_close_matches(name, list(valid), n=1, cutoff=0.6)


def unknown_keyword(where: str, name: str, valid: Sequence[str]) -> TypeError:
    """The TypeError for a keyword argument `where` does not take, suggesting the closest valid one."""
    close = closest(name, valid)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return TypeError(f"{where}() got an unexpected keyword argument {name!r}{hint}")


class Anything:
    """No documented constraint the SDK can check (the server decides)."""

    def __call__(self, name: str, value: Any) -> Any:
        return value


class Str:
    def __init__(
        self, min_length: int | None = None, max_length: int | None = None, pattern: str | None = None
    ) -> None:
        self.min_length = min_length
        self.max_length = max_length
        self.pattern = re.compile(pattern) if pattern is not None else None

    def __call__(self, name: str, value: Any) -> Any:
        if not isinstance(value, str):
            raise TypeError(f"{name} must be a str, got {_kind(value)}")
        if self.min_length is not None and len(value) < self.min_length:
            raise ValueError(f"{name} must be at least {self.min_length} characters long, got {len(value)}")
        if self.max_length is not None and len(value) > self.max_length:
            raise ValueError(f"{name} must be at most {self.max_length} characters long, got {len(value)}")
        if self.pattern is not None and not self.pattern.search(value):
            raise ValueError(f"{name} must match {self.pattern.pattern!r}")
        return value


class Number:
    """An integer (`integer=True`: int, never bool) or a finite number, within the documented bounds."""

    def __init__(
        self,
        *,
        integer: bool = False,
        minimum: float | None = None,
        maximum: float | None = None,
        exclusive_minimum: float | None = None,
        exclusive_maximum: float | None = None,
    ) -> None:
        self.kinds: tuple[type, ...] = (int,) if integer else (int, float)
        self.minimum, self.maximum = minimum, maximum
        self.exclusive_minimum, self.exclusive_maximum = exclusive_minimum, exclusive_maximum

    def __call__(self, name: str, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, self.kinds):
            raise TypeError(f"{name} must be {'an int' if self.kinds == (int,) else 'a number'}, got {_kind(value)}")
        number = cast(float, value)
        if not isinstance(number, int) and not math.isfinite(number):  # an int is finite (and may not fit a float)
            raise ValueError(f"{name} must be finite, got {value!r}")
        low, high = self.minimum, self.maximum
        if (low is not None and number < low) or (high is not None and number > high):
            raise ValueError(f"{name} must be between {_bound(low)} and {_bound(high)}, got {value!r}")
        if (self.exclusive_minimum is not None and number <= self.exclusive_minimum) or (
            self.exclusive_maximum is not None and number >= self.exclusive_maximum
        ):
            raise ValueError(
                f"{name} must be above {_bound(self.exclusive_minimum)} and below "
                f"{_bound(self.exclusive_maximum)}, got {value!r}"
            )
        return value


def _bound(value: float | None) -> str:
    return "any" if value is None else f"{value:g}"


class Bool:
    def __call__(self, name: str, value: Any) -> Any:
        if not isinstance(value, bool):
            raise TypeError(f"{name} must be a bool, got {_kind(value)}")
        return value


class Enum:
    """One of the documented values (requests are closed; responses accept values added later)."""

    def __init__(self, values: Sequence[Any]) -> None:
        self.values = frozenset(values)
        self.types = tuple({type(v) for v in values}) or (str,)
        self.shown = ", ".join(repr(v) for v in values)

    def __call__(self, name: str, value: Any) -> Any:
        is_bool_mixup = isinstance(value, bool) and bool not in self.types  # True == 1, but not as an enum value
        try:
            known = value in self.values
        except TypeError:  # unhashable: certainly not a documented value
            known = False
        if known and not is_bool_mixup:
            return value
        if is_bool_mixup or not isinstance(value, self.types):
            raise TypeError(f"{name} must be one of {self.shown}, got {_kind(value)}")
        raise ValueError(f"{name} must be one of {self.shown}, got {value!r}")


class Instance:
    """An instance of a class (datetime, date, File)."""

    def __init__(self, cls: type | tuple[type, ...], label: str) -> None:
        self.cls = cls
        self.label = label

    def __call__(self, name: str, value: Any) -> Any:
        if not isinstance(value, self.cls):
            raise TypeError(f"{name} must be {self.label}, got {_kind(value)}")
        return value


DATETIME = Instance(datetime.datetime, "a datetime.datetime")
DATE = Instance(datetime.date, "a datetime.date")


class Nullable:
    def __init__(self, inner: Check) -> None:
        self.inner = inner

    def __call__(self, name: str, value: Any) -> Any:
        return None if value is None else self.inner(name, value)


class Array:
    def __init__(self, item: Check, min_items: int | None = None, max_items: int | None = None) -> None:
        self.item = item
        self.min_items, self.max_items = min_items, max_items

    def __call__(self, name: str, value: Any) -> Any:
        if not isinstance(value, list | tuple):
            raise TypeError(f"{name} must be a list, got {_kind(value)}")
        if self.min_items is not None and len(value) < self.min_items:
            raise ValueError(f"{name} must have at least {self.min_items} items, got {len(value)}")
        if self.max_items is not None and len(value) > self.max_items:
            raise ValueError(f"{name} must have at most {self.max_items} items, got {len(value)}")
        for index, item in enumerate(value):
            self.item(f"{name}[{index}]", item)
        return value


class Model:
    """A nested object: its model class (taken as built: its fields are typed by the class) or a dict
    whose keys and values are checked (the generated method then turns it into the model). Unknown
    keys are refused unless the schema allows additional properties (`extra`, which checks their values)."""

    def __init__(
        self,
        cls: type | None,
        fields: Mapping[str, Check],
        required: Sequence[str] = (),
        extra: Check | None = None,
    ) -> None:
        self.cls = cls
        self.fields = dict(fields)
        self.required = tuple(required)
        self.extra = extra

    def __call__(self, name: str, value: Any) -> Any:
        if self.cls is not None and isinstance(value, self.cls):
            return value
        if self.cls is None and hasattr(type(value), "from_dict") and hasattr(value, "to_dict"):
            return value  # a generated model instance where the schema is nested in a union
        if not isinstance(value, Mapping):
            label = self.cls.__name__ + " or a dict" if self.cls is not None else "a dict"
            raise TypeError(f"{name} must be {label}, got {_kind(value)}")
        for key, item in value.items():
            check = self.fields.get(key) if isinstance(key, str) else None
            if check is None:
                if self.extra is None or not isinstance(key, str):
                    close = closest(str(key), list(self.fields))
                    hint = f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(self.fields)}"
                    raise TypeError(f"{name} has an unknown key {key!r}{hint}")
                check = self.extra
            check(f"{name}[{key!r}]", item)
        missing = [key for key in self.required if key not in value]
        if missing:
            raise TypeError(f"{name} is missing the required key(s) {', '.join(map(repr, missing))}")
        return value


class AnyOf:
    """Passes when any alternative does (oneOf/anyOf without a discriminator the SDK can use)."""

    def __init__(self, *alternatives: Check) -> None:
        self.alternatives = alternatives

    def __call__(self, name: str, value: Any) -> Any:
        errors = []
        for check in self.alternatives:
            try:
                return check(name, value)
            except (TypeError, ValueError) as exc:
                errors.append(str(exc))
        raise TypeError(f"{name} matches none of the documented forms: " + " | ".join(errors))


def at_least(where: str, count: int, fields: Mapping[str, Any], unset: object) -> None:
    """A body with `minProperties`: at least `count` of its fields must be given."""
    given = sum(1 for value in fields.values() if value is not unset)
    if given < count:
        raise TypeError(f"{where}() needs at least {count} of {', '.join(fields)}")


def deprecated_argument(where: str, name: str) -> None:
    """A parameter or body field the spec marks `deprecated` was given: warn, pointing at the caller."""
    emit_deprecation(f"{where}(): the argument {name!r} is deprecated in the API")
