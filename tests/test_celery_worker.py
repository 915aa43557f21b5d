"""A real Celery worker (prefork pool, Redis broker) whose tasks module made its sync client before the pool forked:
every task's call reaches the served sandbox from the children, on connections of their own."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from celery import Celery

from benchmarks.servers import redis_server, served_sandbox
from leadiosa_async import Leadiosa
from leadiosa_async.testing import OWNER_TOKEN
from tests.conftest import ROOT

pytestmark = pytest.mark.off_spec


def test_tasks_in_a_prefork_pool_use_a_client_made_before_the_fork(tmp_path: Path) -> None:
    log = tmp_path / "worker.log"
    with served_sandbox("--rate-limit", "0") as sandbox, redis_server() as broker:
        env = {**os.environ, "LEADIOSA_TOKEN": OWNER_TOKEN, "LEADIOSA_BASE_URL": sandbox + "/api/v1",
               "CELERY_BROKER_URL": broker}  # fmt: skip
        quiet = ["--without-heartbeat", "--without-gossip", "--without-mingle"]
        command = [sys.executable, "-m", "celery", "-A", "tests.celery_app", "worker", "--pool=prefork",
                   "--concurrency=2", "--loglevel=INFO", *quiet]  # fmt: skip
        with log.open("w") as sink:
            worker = subprocess.Popen(command, cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT)  # noqa: S603
            try:
                deadline = time.monotonic() + 60
                while " ready." not in log.read_text() and worker.poll() is None and time.monotonic() < deadline:
                    time.sleep(0.1)
                assert " ready." in log.read_text(), log.read_text()
                with Leadiosa(OWNER_TOKEN, base_url=sandbox + "/api/v1") as client:
                    expected = client.workspace.get().name
                producer = Celery(broker=broker, backend=broker)
                results = [producer.send_task("workspace_name") for _ in range(8)]
                done = [result.get(timeout=30) for result in results]
            finally:
                worker.terminate()
                worker.wait(timeout=30)
    assert [d["name"] for d in done] == [expected] * 8
    assert all(d["pid"] != worker.pid for d in done)  # run in the pool's children
    assert "Traceback" not in log.read_text(), log.read_text()[-3000:]
