"""Public models: every schema of openapi.json as a typed attrs class or Literal alias.

Models keep fields the API adds later in `additional_properties`; optional fields the API
omitted are `UNSET` (falsy) rather than None.
"""

from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as _generated_all
from ._generated.types import UNSET as UNSET
from ._generated.types import File as File
from ._generated.types import UnknownVariant as UnknownVariant
from ._generated.types import Unset as Unset

__all__ = sorted([*_generated_all, "File", "UNSET", "UnknownVariant", "Unset"])
