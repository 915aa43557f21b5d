"""The reference pages' examples, read back from docs/reference/*.md, and how to run each language's.

Each language is prepared once: the Go examples become one program (each example's `main` renamed and
picked by an argument), built with one `go build`; the others run as written (Node.js as an ES module, PHP with
php-cli, Laravel's after the bootstrap the reference index shows, curl with bash, Python with top-level await as
the docs show it).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from codegen.examples import LARAVEL_BOOTSTRAP
from tests.docs.fences import FENCE

REFERENCE = Path(__file__).resolve().parents[2] / "docs" / "reference"
TAB = re.compile(r'^=== "(?P<title>[^"]+)"\n\n(?P<body>(?:    .*\n|\n)+)', re.M)
OPERATION_ID = re.compile(r"operationId `(?P<id>[A-Za-z0-9_]+)`")
TOOLS = {"Go": "go", "PHP (Laravel)": "php", "PHP (curl)": "php", "Node.js": "node", "curl": "curl"}
PYTHON_RUNNER = (
    "import ast, asyncio, sys\n"
    "code = compile(open(sys.argv[1]).read(), sys.argv[1], 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)\n"
    "result = eval(code, {'__name__': '__main__'})\n"
    "if result is not None:\n"
    "    asyncio.run(result)\n"
)


@dataclass
class Operation:
    operation_id: str
    method: str
    page: str
    examples: dict[str, str] = field(default_factory=dict)  # tab title: code


def operations() -> list[Operation]:
    """Every operation of the reference pages with its examples, in page order."""
    found = []
    for page in sorted(REFERENCE.glob("*.md")):
        for section in page.read_text(encoding="utf-8").split("\n## ")[1:]:
            match = OPERATION_ID.search(section)
            if match is None:
                continue
            method = section.split("`", 2)[1].split()[0]
            op = Operation(match["id"], method, page.name)
            for tab in TAB.finditer(section):
                fence = FENCE.search(tab["body"])
                assert fence is not None, f"{page.name} {match['id']}: the {tab['title']} tab has no code block"
                op.examples[tab["title"]] = "\n".join(line[4:] for line in fence["code"].split("\n"))
            found.append(op)
    return found


LARAVEL_CHECK = "require_once 'GuzzleHttp/autoload.php'; require_once 'Illuminate/Http/autoload.php';"


def missing_tools() -> list[str]:
    missing = sorted({tool for tool in TOOLS.values() if shutil.which(tool) is None})
    laravel = "php" not in missing and subprocess.run(["php", "-r", LARAVEL_CHECK], capture_output=True)  # noqa: S603, S607
    if laravel and laravel.returncode:
        missing.append("Laravel's HTTP client for PHP")
    return missing


def build_go(ops: list[Operation], folder: Path) -> Path:
    """One Go program holding every example; `program <operationId>` runs that one."""
    imports: set[str] = set()
    functions = []
    for op in ops:
        code = op.examples["Go"]
        head, _, rest = code.partition("\n)\n")
        imports |= {line.strip() for line in head.split("import (", 1)[1].splitlines() if line.strip()}
        assert rest.lstrip().startswith("func main() {"), f"{op.operation_id}: the Go example has no main"
        functions.append(rest.replace("func main() {", f"func run_{op.operation_id}() {{", 1))
    table = "\n".join(f'\t"{op.operation_id}": run_{op.operation_id},' for op in ops)
    source = "package main\n\nimport (\n" + "\n".join(f"\t{i}" for i in sorted(imports)) + "\n)\n"
    source += "".join(functions) + f"\nvar examples = map[string]func(){{\n{table}\n}}\n\n"
    source += "func main() {\n\texamples[os.Args[1]]()\n}\n"
    (folder / "go.mod").write_text("module leadiosa_examples\n\ngo 1.19\n", encoding="utf-8")
    (folder / "main.go").write_text(source, encoding="utf-8")
    env = {**os.environ, "GOPROXY": "off", "GOFLAGS": "-mod=mod", "CGO_ENABLED": "0"}
    subprocess.run(["go", "build", "-o", "examples", "."], cwd=folder, env=env, check=True)  # noqa: S607
    return folder / "examples"


def command(language: str, op: Operation, folder: Path, go_program: Path) -> list[str]:
    """The command that runs `op`'s example in `language` (its source written into `folder`)."""
    code = op.examples[language]
    suffix = {"Python": ".py", "Node.js": ".mjs", "PHP (Laravel)": ".laravel.php", "PHP (curl)": ".php",
              "curl": ".sh"}.get(language)  # fmt: skip
    if suffix is None:
        return [str(go_program), op.operation_id]
    path = folder / f"{op.operation_id}{suffix}"
    path.write_text(code, encoding="utf-8")
    bootstrap = folder / "laravel_bootstrap.php"  # what the reference index shows for a script outside Laravel
    if language == "PHP (Laravel)" and not bootstrap.exists():
        bootstrap.write_text(LARAVEL_BOOTSTRAP, encoding="utf-8")
    return {
        "Python": [sys.executable, "-c", PYTHON_RUNNER, str(path)],
        "Node.js": ["node", str(path)],
        "PHP (Laravel)": ["php", "-d", f"auto_prepend_file={bootstrap}", str(path)],
        "PHP (curl)": ["php", str(path)],
        "curl": ["bash", "-euo", "pipefail", str(path)],
    }[language]
