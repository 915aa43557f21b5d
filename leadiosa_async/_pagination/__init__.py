"""Pages and cursor pagination: the `Page` a list call returns, the `PageCall` that is awaited or iterated, the sync
client's `SyncPage`, and the `Paginator` behind `client.paginate()`."""

from .page_call import PageCall
from .pages import Page, SyncPage
from .paginator import Paginator

__all__ = ["Page", "PageCall", "Paginator", "SyncPage"]
