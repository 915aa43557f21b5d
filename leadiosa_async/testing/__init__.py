"""Test with leadiosa_async and no network: an in-memory Leadiosa API, and virtual time.

- `Sandbox`: every operation of openapi.json, in memory (`Sandbox().client()` is a ready client).
- `FakeClock`: `AsyncLeadiosa(..., clock=FakeClock())` makes retries and throttling take no time.
"""

from ._clock import FakeClock
from ._deliveries import Delivery
from ._faults import ConnectionDropped, Faults
from ._sandbox import AGENT_TOKEN, OWNER_TOKEN, Sandbox

__all__ = ["AGENT_TOKEN", "OWNER_TOKEN", "ConnectionDropped", "Delivery", "FakeClock", "Faults", "Sandbox"]
