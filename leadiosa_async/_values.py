"""`Value`: the base of the SDK's small immutable records (the operation description, hook events, pages, rate-limit
snapshots). Plain slotted classes: equal when their fields are, hashable, printed with their fields, and no
attribute can be set after `__init__`. They replace attrs on the import path: a class attrs builds costs about as
much as a module import, and attrs itself about a tenth of httpx's import (`docs/development/performance.md`)."""

from __future__ import annotations

from typing import Any, ClassVar


class Value:
    """Subclasses name their fields in `__slots__` (base classes' first) and set them in `__init__` with `_set`;
    `compare=` and `show=` (class keywords) narrow the fields that make two values equal and that `repr` shows."""

    __slots__ = ()
    _compare: ClassVar[tuple[str, ...]] = ()
    _show: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(
        cls, compare: tuple[str, ...] | None = None, show: tuple[str, ...] | None = None, **kwargs: Any
    ) -> None:
        super().__init_subclass__(**kwargs)
        fields = tuple(name for klass in reversed(cls.__mro__) for name in klass.__dict__.get("__slots__", ()))
        cls._compare = fields if compare is None else compare
        cls._show = fields if show is None else show

    def _set(self, **fields: Any) -> None:
        for name, value in fields.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: {name!r} cannot be set")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: {name!r} cannot be deleted")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self._compare)

    def __hash__(self) -> int:
        return hash((type(self), *(getattr(self, name) for name in self._compare)))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._show)
        return f"{type(self).__name__}({fields})"
