"""schemathesis fuzzes the sandbox (in-process, ASGI) with openapi.json: every operation, then the
stateful phase. Any failed check fails the test."""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import settings
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from leadiosa_async.testing import OWNER_TOKEN, Sandbox

Case = Any  # schemathesis.Case; its generic parameters are internal
sandbox = Sandbox(rate_limit=None)  # the fuzzer sends thousands of requests; limits are tested elsewhere
schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", sandbox)
schema.config.update(headers={"Authorization": f"Bearer {OWNER_TOKEN}"})
# Schema-valid data may still fail the API's semantic rules; the docs define 422 for that. These are the
# sandbox's semantic 422 codes (each a rule the schema cannot state): only they count as a correct answer to
# valid data. A 422 with any other code (or a 400 validation_error) for valid data still fails the check.
SEMANTIC_422 = {
    "contact_required",  # exactly one of contact_id and contact
    "assignee_not_member",  # the assignee must be a member of the workspace
    "unsupported_format",  # the uploaded file must be one of the ingest formats
    "confirmation_mismatch",  # confirm must be the workspace's name
}


def _error_code(response: Any) -> str | None:
    try:
        return str(response.json()["error"]["code"])
    except (ValueError, KeyError, TypeError):
        return None


def excluded_checks(case: Case, response: Any) -> list[Any]:
    """Allowances for what the schema or the wire cannot express, decided on the answer; every other check
    still runs:
    - a semantic 422 (SEMANTIC_422) answers schema-valid data correctly;
    - a cursor is an opaque token the API issued: a generated `after` is schema-valid but no cursor, and the
      API rightly refuses it with 400 `cursor_invalid` (any other answer is checked as usual);
    - in multipart/form-data every value is text: an "integer" title arrives as the string "-12439",
      which is a valid title, so "negative" multipart data can be indistinguishable from valid data."""
    excluded = []
    code = _error_code(response) if response.status_code in (400, 422) else None
    if response.status_code == 422 and code in SEMANTIC_422:
        excluded.append(positive_data_acceptance)
    if response.status_code == 400 and code == "cursor_invalid" and case.query and "after" in case.query:
        excluded.append(positive_data_acceptance)
    if case.media_type == "multipart/form-data":
        excluded.append(negative_data_rejection)
    return excluded


# New data on every run; in CI the seed comes from the commit (tests/conftest.py), printed in the header, so a
# failure reproduces with `--hypothesis-seed=N`.
FUZZ = settings(max_examples=25, deadline=None)


@schema.parametrize()
@FUZZ
def test_every_operation_conforms(case: Case) -> None:
    response = case.call()
    case.validate_response(response, excluded_checks=excluded_checks(case, response))


class APIWorkflows(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        sandbox.reset()  # each scenario starts from an empty workspace, so generation is reproducible

    def validate_response(self, response: Any, case: Case, additional_checks: Any = None, **kwargs: Any) -> None:
        case.validate_response(
            response,
            additional_checks=additional_checks,
            excluded_checks=excluded_checks(case, response),
            transport_kwargs=kwargs or None,
            recorder=self.recorder,
        )


TestStatefulWorkflows = APIWorkflows.TestCase
TestStatefulWorkflows.settings = settings(FUZZ, stateful_step_count=6)
