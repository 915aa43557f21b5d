# generated from openapi.json by `python -m codegen` — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_cycle import BillingCycle
from ..models.plan import Plan
from ..models.subscription_status import SubscriptionStatus
from ..types import short_repr

if TYPE_CHECKING:
    from ..models.token_usage import TokenUsage


T = TypeVar("T", bound="Subscription")
_KNOWN_KEYS = frozenset(
    (
        "plan",
        "billing_cycle",
        "status",
        "current_period_start",
        "current_period_end",
        "ai_tokens",
    )
)


@_attrs_define
class Subscription:
    """The workspace's current plan, cycle and AI token usage.

    Attributes:
        plan (Plan): Subscription plan.
        billing_cycle (BillingCycle): Billing cycle.
        status (SubscriptionStatus): Subscription state.
        current_period_start (datetime.datetime): ISO-8601 timestamp in UTC.
        current_period_end (datetime.datetime): ISO-8601 timestamp in UTC.
        ai_tokens (TokenUsage):
        additional_properties (dict[str, Any]): Fields the spec does not name, as the API sent them.
    """

    plan: Plan
    billing_cycle: BillingCycle
    status: SubscriptionStatus
    current_period_start: datetime.datetime
    current_period_end: datetime.datetime
    ai_tokens: TokenUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return short_repr(
            self,
            (
                "plan",
                "billing_cycle",
                "status",
                "current_period_start",
                "current_period_end",
                "ai_tokens",
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """This object as the API's JSON object: a dict of JSON values, unset fields left out and
        `additional_properties` kept."""
        plan: str = self.plan

        billing_cycle: str = self.billing_cycle

        status: str = self.status

        current_period_start = self.current_period_start.isoformat()

        current_period_end = self.current_period_end.isoformat()

        ai_tokens = self.ai_tokens.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan": plan,
                "billing_cycle": billing_cycle,
                "status": status,
                "current_period_start": current_period_start,
                "current_period_end": current_period_end,
                "ai_tokens": ai_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the object from the API's JSON object, checking each field's type.

        Args:
            src_dict: The JSON object, as parsed; it is read, not changed. Keys the spec does not name are kept
                in `additional_properties`.

        Raises:
            TypeError: A field has the wrong type.
            KeyError: A required field is missing.
            ValueError: A field's value cannot be parsed (a date-time that is not ISO 8601).
        """
        from ..models.token_usage import TokenUsage

        d = src_dict
        plan: Plan = d["plan"]
        if not isinstance(plan, str):
            raise TypeError(f"Plan must be a string, got {type(plan).__name__}")

        billing_cycle: BillingCycle = d["billing_cycle"]
        if not isinstance(billing_cycle, str):
            raise TypeError(f"BillingCycle must be a string, got {type(billing_cycle).__name__}")

        status: SubscriptionStatus = d["status"]
        if not isinstance(status, str):
            raise TypeError(f"SubscriptionStatus must be a string, got {type(status).__name__}")

        current_period_start = datetime.datetime.fromisoformat(d["current_period_start"])

        current_period_end = datetime.datetime.fromisoformat(d["current_period_end"])

        ai_tokens = TokenUsage.from_dict(d["ai_tokens"])

        subscription = cls(
            plan,
            billing_cycle,
            status,
            current_period_start,
            current_period_end,
            ai_tokens,
        )

        if len(d) != 6:
            subscription.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return subscription

    @property
    def additional_keys(self) -> list[str]:
        """The names of the fields the spec does not name (the API added them later)."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
