"""The send pipeline: every generated operation goes through `HTTPTransport.request`."""

from .clock import Clock
from .config import TransportConfig
from .hooks import Hooks, RequestEnd, RequestStart, RetryScheduled, ThrottleWait
from .pipeline import HTTPTransport
from .rate_window import LaneStats, RateLimit
from .ratelimit import MemoryRateStore, RateStore
from .retry import RetryBudget

__all__ = [
    "Clock",
    "HTTPTransport",
    "Hooks",
    "LaneStats",
    "MemoryRateStore",
    "RateLimit",
    "RateStore",
    "RequestEnd",
    "RequestStart",
    "RetryBudget",
    "RetryScheduled",
    "ThrottleWait",
    "TransportConfig",
]
