"""The send pipeline: every generated operation goes through `HTTPTransport.request`."""

from .pipeline import HTTPTransport

__all__ = ["HTTPTransport"]
