"""schemathesis fuzzes the sandbox (in-process, ASGI) with openapi.json: every operation, then the
stateful phase. Any failed check fails the test."""

from __future__ import annotations

import os
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from leadiosa_async.testing import OWNER_TOKEN, Sandbox

CI = bool(os.environ.get("CI"))
Case = Any  # schemathesis.Case; its generic parameters are internal
sandbox = Sandbox(rate_limit=None)  # the fuzzer sends thousands of requests; limits are tested elsewhere
schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", sandbox)
schema.config.update(headers={"Authorization": f"Bearer {OWNER_TOKEN}"})
# Schema-valid data may still fail the API's semantic rules (exactly one of contact_id and contact, an
# assignee who is a member...): the docs define 422 for that, so it counts as a correct answer too.
acceptance = schema.config.checks.positive_data_acceptance
acceptance.expected_statuses = [*acceptance.expected_statuses, "422"]


def excluded_checks(case: Case) -> list[Any]:
    """A cursor is an opaque token the API issued: a generated string is schema-valid but no cursor,
    and the API rightly refuses it (400 cursor_invalid). Every other check still runs on such cases."""
    return [positive_data_acceptance] if case.query and "after" in case.query else []


# In CI the examples are derandomized, so a run is reproducible; locally each run explores new data.
FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=CI)


@schema.parametrize()
@FUZZ
def test_every_operation_conforms(case: Case) -> None:
    case.call_and_validate(excluded_checks=excluded_checks(case))


class APIWorkflows(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        sandbox.reset()  # each scenario starts from an empty workspace, so generation is reproducible

    def validate_response(self, response: Any, case: Case, additional_checks: Any = None, **kwargs: Any) -> None:
        case.validate_response(
            response,
            additional_checks=additional_checks,
            excluded_checks=excluded_checks(case),
            transport_kwargs=kwargs or None,
            recorder=self.recorder,
        )


TestStatefulWorkflows = APIWorkflows.TestCase
TestStatefulWorkflows.settings = settings(FUZZ, stateful_step_count=6)
