"""Turn openapi.json into leadiosa_async/_generated/.

Steps: parse the document with the pinned openapi-python-client and our templates into a
temporary folder; render the operations table and the namespaces facade from the same parse;
drop the upstream client/errors modules (our transport replaces them); format with the pinned
ruff in isolated mode; stamp every file; then replace the output folder wholesale.
"""

from __future__ import annotations

import contextlib
import filecmp
import io
import json
import re
import shutil

# runs only the pinned ruff of this interpreter (bandit B404)
import subprocess  # nosec B404
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from .checks import CheckBuilder, add_checks
from .docs import reference_nav, render_reference, with_nav
from .spec_model import OpInfo, SpecError, build_events, build_operations, code, tag_descriptions
from .support import check_supported, relax_access
from .unions import discriminator_filter, discriminators, unknown_variants

HERE = Path(__file__).parent
ROOT = HERE.parent
DEFAULT_SPEC = ROOT / "openapi.json"
DEFAULT_OUT = ROOT / "leadiosa_async" / "_generated"
DEFAULT_DOCS = ROOT / "docs" / "reference"
HEADER = (HERE / "header.txt").read_text(encoding="utf-8")
DROPPED = ("client.py", "errors.py")


def pinned_versions() -> dict[str, str]:
    pins = {}
    for line in (HERE / "requirements.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, ver = line.partition("==")
            pins[name.strip()] = ver.strip()
    return pins


def check_pins() -> None:
    for name, wanted in pinned_versions().items():
        have = version(name)
        if have != wanted:
            raise SpecError(f"codegen needs {name}=={wanted} (codegen/requirements.txt), found {have}")


def load_spec(path: Path) -> dict[str, Any]:
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SpecError(f"{path}: cannot read the document: {exc}") from exc
    if not isinstance(spec, dict) or not str(spec.get("openapi", "")).startswith("3."):
        raise SpecError(f"{path}: not an OpenAPI 3.x document")
    return spec


def _config(spec_path: Path, out: Path) -> Config:
    file_config = ConfigFile.load_from_path(HERE / "config.yaml")
    return Config.from_sources(file_config, MetaType.NONE, spec_path, "utf-8", overwrite=True, output_path=out)


def parse(spec: dict[str, Any], config: Config) -> GeneratorData:
    """openapi-python-client's model of the document (its types, endpoints and models)."""
    data = GeneratorData.from_dict(relax_access(spec), config=config)
    if isinstance(data, GeneratorError):
        _fail_on_errors([data])
        raise AssertionError("unreachable")
    return data


def _fail_on_errors(errors: list[GeneratorError]) -> None:
    if errors:
        text = "\n".join(f"- {e.header}: {e.detail}" for e in errors)
        raise SpecError(f"openapi-python-client reported problems:\n{text}")


def _qualify_builtins(type_string: object) -> str:
    # Namespace classes have methods named `list`; annotations must not resolve to them.
    return re.sub(r"(?<![\w.])(list|dict)\[", r"builtins.\1[", code(type_string))


MKDOCS = ROOT / "mkdocs.yml"
NAV = "_nav.yml"  # the reference part of mkdocs.yml's nav, applied by generate(), compared by differences()
NAMES = "_names.json"  # operation key -> "namespace.method", read back so names never change


def previous_names(target: Path | None) -> dict[str, str]:
    path = target / NAMES if target is not None else None
    if path is None or not path.exists():
        return {}
    try:
        names = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise SpecError(f"{path}: unreadable names table: {exc}") from exc
    return {str(k): str(v) for k, v in names.items()} if isinstance(names, dict) else {}


def render(spec_path: Path, out: Path, names: dict[str, str] | None = None) -> list[str]:
    """Generate the package into `out` (which must not exist yet), keeping `names` for operations
    named before; returns the naming warnings (operations mapped away from the convention)."""
    check_pins()
    spec = load_spec(spec_path)
    support_warnings = check_supported(spec)
    config = _config(spec_path, out)
    data = parse(spec, config)
    unions = discriminators(spec, data)
    with unknown_variants(unions):  # every type string built from here on names UnknownVariant in such unions
        ops = build_operations(spec, data, names)
        project = Project(openapi=data, config=config, custom_template_path=HERE / "templates")
        env = project.env
        env.filters["qualify_builtins"] = _qualify_builtins
        env.filters["discriminator"] = discriminator_filter(unions)
        env.filters["pyrepr"] = lambda value: repr(str(value))  # a safe Python string literal
        env.globals.update(
            ops_by_id={op.endpoint_name: op for op in ops},
            ops=ops,
            tags=tag_descriptions(spec),
            events=build_events(spec, data),
        )
        with contextlib.redirect_stdout(io.StringIO()):
            _fail_on_errors(list(project.build()))
        for name in DROPPED:
            (out / name).unlink()
        _render_extra(env, out, ops, spec)
    _format(out)
    _stamp(out)
    shutil.copyfile(spec_path, out / "openapi.json")  # the sandbox validates and routes with it
    table = {op.operation_id: f"{op.tag}.{op.method_name}" for op in ops}
    (out / NAMES).write_text(json.dumps(dict(sorted(table.items())), indent=1) + "\n", encoding="utf-8")
    with unknown_variants(unions):
        render_reference(env, spec, ops, out / "_docs")  # moved to docs/reference by generate()
    (out / "_docs" / NAV).write_text(reference_nav(spec, ops), encoding="utf-8")  # into mkdocs.yml
    return (ops[0].naming_warnings if ops else []) + support_warnings


def _render_extra(env: Any, out: Path, ops: list[OpInfo], spec: dict[str, Any]) -> None:
    by_tag: dict[str, list[OpInfo]] = {}
    for op in ops:
        by_tag.setdefault(op.tag, []).append(op)
    (out / "_operations.py").write_text(env.get_template("operations.py.jinja").render(), encoding="utf-8")
    (out / "webhook_events.py").write_text(env.get_template("webhook_events.py.jinja").render(), encoding="utf-8")
    folder = out / "namespaces"
    folder.mkdir()
    init = env.get_template("namespaces_init.py.jinja").render(ops_by_tag=by_tag)
    (folder / "__init__.py").write_text(init, encoding="utf-8")
    module = env.get_template("namespace_module.py.jinja")
    for tag, tag_ops in by_tag.items():
        imports = sorted(set().union(*(op.imports("..") for op in tag_ops)))
        builder = CheckBuilder(spec)
        for op in tag_ops:
            add_checks(builder, spec, op)
        checks = {name: source for source, name in builder.constants.items()}
        text = module.render(tag=tag, tag_ops=tag_ops, imports=imports, checks=checks)
        (folder / f"{tag}.py").write_text(text, encoding="utf-8")


RUFF_ARGS = ["--isolated", "--target-version", "py311", "--line-length", "120"]
RUFF_RULES = ["--extend-select", "I,UP,F401"]


def _format(out: Path) -> None:
    """Fix, format, then verify with the pinned ruff; generated code must come out lint-clean."""
    steps = (
        ["check", "--fix-only", *RUFF_RULES],
        ["format"],
        ["check", "--fix-only", *RUFF_RULES],
        ["check", *RUFF_RULES],
    )
    for args in steps:
        # our own interpreter running the pinned ruff (bandit B603)
        done = subprocess.run(  # noqa: S603  # nosec B603
            [sys.executable, "-m", "ruff", *args, *RUFF_ARGS, "--quiet", str(out)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise SpecError(
                f"the generated code fails ruff {' '.join(args)}:\n{_locate(done.stdout + done.stderr, out)}"
            )


def _locate(report: str, out: Path) -> str:
    """A tool's report on generated code, with each finding placed in the generated package (not a temp
    folder) and shown with its line, which names the operation, model or field it came from."""
    lines = []
    for line in report.splitlines():
        found = re.match(r"(?:error: Failed to parse )?(.+?\.py):(\d+):\d+: (.*)", line)
        if found and Path(found[1]).is_file():
            path = Path(found[1])
            source = path.read_text(encoding="utf-8").splitlines()[int(found[2]) - 1].strip()
            where = path.relative_to(out) if path.is_relative_to(out) else path
            module = where.with_suffix("").as_posix().replace("/", ".")
            lines.append(f"  _generated/{where.as_posix()}:{found[2]} ({module}): {found[3]}\n      {source}")
        elif line.strip():
            lines.append(f"  {line.replace(str(out), '_generated')}")
    return "\n".join(lines)


def _stamp(out: Path) -> None:
    for path in sorted(out.rglob("*.py")):
        path.write_text(HEADER + path.read_text(encoding="utf-8"), encoding="utf-8")


def generate(spec_path: Path = DEFAULT_SPEC, target: Path = DEFAULT_OUT, docs: Path | None = None) -> list[str]:
    """Regenerate `target` (and the reference docs into `docs`, if given) from `spec_path`, wholesale.
    Returns the naming warnings."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "_generated"
        warnings = render(spec_path, out, previous_names(target))
        nav = (out / "_docs" / NAV).read_text(encoding="utf-8")
        (out / "_docs" / NAV).unlink()
        if docs is not None:
            MKDOCS.write_text(with_nav(MKDOCS.read_text(encoding="utf-8"), nav), encoding="utf-8")
        _replace(out / "_docs", docs)
        shutil.rmtree(out / "_docs")
        _replace(out, target)
    return warnings


def _replace(source: Path, target: Path | None) -> None:
    if target is None:
        return
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)


def differences(spec_path: Path = DEFAULT_SPEC, target: Path = DEFAULT_OUT, docs: Path | None = None) -> list[str]:
    """Files that differ between `target` (and `docs`) and a fresh generation (empty when up to date)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "_generated"
        render(spec_path, out, previous_names(target))
        fresh_docs = out / "_docs"
        nav = (fresh_docs / NAV).read_text(encoding="utf-8")
        (fresh_docs / NAV).unlink()
        diffs = _compare(fresh_docs, docs, "docs/reference/") if docs is not None else []
        mkdocs = MKDOCS.read_text(encoding="utf-8")
        if docs is not None and with_nav(mkdocs, nav) != mkdocs:
            diffs.append("differs: mkdocs.yml (the reference pages in nav)")
        shutil.rmtree(fresh_docs)
        return diffs + _compare(out, target, "")


def _compare(out: Path, target: Path, label: str) -> list[str]:
    fresh = {p.relative_to(out) for p in out.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    have = {p.relative_to(target) for p in target.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    diffs = [f"missing: {label}{p}" for p in sorted(fresh - have)]
    diffs += [f"stale (not generated): {label}{p}" for p in sorted(have - fresh)]
    diffs += [
        f"differs: {label}{p}" for p in sorted(fresh & have) if not filecmp.cmp(out / p, target / p, shallow=False)
    ]
    return diffs
