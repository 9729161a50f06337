"""The regeneration pipeline: reproducible, checked for staleness, packaged as one wheel."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

from tests.conftest import ROOT

# The venv running these tests: .venv under `make test`, .nox/tests-3-12 (say) under nox.
VENV = Path(sys.prefix)
PKG = "langsmith_control_plane_client"


def make(
    target: str, cwd: Path, env: dict[str, str] | None = None, **variables: str
) -> subprocess.CompletedProcess[str]:
    args = ["make", "--no-print-directory", target, f"VENV={VENV}"]
    args += [f"{k}={v}" for k, v in variables.items()]
    return subprocess.run(
        args,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, **(env or {})},
    )


@pytest.mark.slow
def test_a_generation_is_byte_identical_to_the_committed_one() -> None:
    # `make check-generated`, as `make test`'s check that generated/ and the spec files are what
    # the sources make today. Under a fixed hash seed, which is most likely not the committed
    # generation's: no set's or dict's order reaches the output.
    done = make("check-generated", ROOT, env={"PYTHONHASHSEED": "12345"})
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_check_generated_fails_on_a_spec_change_until_regenerated(tmp_path: Path) -> None:
    work = tmp_path / "repo"
    work.mkdir()
    for name in ("openapi", "generated", "scripts", "templates"):
        shutil.copytree(ROOT / name, work / name)
    for name in ("Makefile", "generator-config.yaml"):
        shutil.copy2(ROOT / name, work / name)
    # (The copy is current: `make check-generated` says so of the tree it was copied from.)
    # An upstream source changes: the page of the wait operation, newer than the document.
    page = work / "openapi" / "upstream" / "wait-for-auth-completion.md"
    old = "description: Wait for OAuth authentication completion."
    text = page.read_text(encoding="utf-8")
    assert old in text
    page.write_text(text.replace(old, "description: Wait until the user finishes OAuth."))

    stale = make("check-generated", work)
    assert stale.returncode != 0
    assert "Wait until the user finishes OAuth." in stale.stdout
    assert "run 'make generate'" in stale.stderr

    assert make("generate", work).returncode == 0
    # Bytecode that importing the package leaves beside it is not a stale generation.
    cache = work / "generated" / PKG / "__pycache__"
    cache.mkdir(exist_ok=True)
    (cache / "client.cpython-311.pyc").write_bytes(b"")
    fresh = make("check-generated", work)
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr
    assert "Wait until the user finishes OAuth." in (
        work / "generated" / PKG / "api" / "auth" / "wait_for_auth_completion.py"
    ).read_text(encoding="utf-8")


def test_wheel_holds_both_packages_and_their_markers(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("langsmith_control_plane-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        f"{PKG}/__init__.py",
        f"{PKG}/py.typed",
        f"{PKG}/api/auth/wait_for_auth_completion.py",
        "langsmith_control_plane/__init__.py",
        "langsmith_control_plane/py.typed",
    ):
        assert required in names
    assert not any(name.startswith(("tests/", "generated/", "wrapper/")) for name in names)
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    requires = sorted(
        line.split(":", 1)[1].split(";")[0].split(">")[0].split("<")[0].strip()
        for line in text.splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    )
    assert requires == ["attrs", "h11", "httpcore", "httpx"]


def imported_top_level_modules(files: list[Path]) -> set[str]:
    """Every absolute import in `files`, by top-level module name."""
    names: set[str] = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_the_runtime_dependencies_are_what_the_shipped_code_imports() -> None:
    # Not python-dateutil: the generated models parse date-times with datetime.fromisoformat.
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = {
        canonical(re.match(r"[A-Za-z0-9._-]+", requirement).group(0))  # type: ignore[union-attr]
        for requirement in pyproject["project"]["dependencies"]
    }
    wrapper = ROOT / "wrapper" / "langsmith_control_plane"
    shipped = [*(ROOT / "generated" / PKG).rglob("*.py"), *wrapper.rglob("*.py")]
    # The emulator's imports are the `emulator` extra's, the LangGraph module's and its
    # resumer's the `langgraph` extra's, and the tracing module's OpenTelemetry imports happen
    # only once the application has imported it (the `otel` extra): both below.
    bridge = wrapper / "langgraph.py"
    resumer = wrapper / "_resumer.py"
    tracing = wrapper / "_tracing.py"
    runtime = [
        path
        for path in shipped
        if (wrapper / "testing") not in path.parents and path not in (bridge, resumer, tracing)
    ]
    distributions = packages_distributions()

    def imported(files: list[Path]) -> set[str]:
        modules = imported_top_level_modules(files)
        modules -= set(sys.stdlib_module_names) | {PKG, "langsmith_control_plane"}
        # A module no installed distribution provides (dateutil, say) stands for itself.
        return {canonical(d) for m in modules for d in distributions.get(m, [m])}

    assert imported(runtime) == declared
    # `langgraph` is a namespace several distributions share (checkpointers, prebuilt), so the
    # module's imports are checked by top-level name: the extra's first requirement.
    ours = set(sys.stdlib_module_names) | {PKG, "langsmith_control_plane"}
    assert imported_top_level_modules([bridge]) - ours == {"langgraph"}
    extra = pyproject["project"]["optional-dependencies"]["langgraph"]
    assert canonical(re.match(r"[A-Za-z0-9._-]+", extra[0]).group(0)) == "langgraph"  # type: ignore[union-attr]
    assert imported([*runtime, resumer]) == declared | {"langgraph-sdk"}
    assert "langgraph-sdk" in {canonical(re.match(r"[A-Za-z0-9._-]+", r).group(0)) for r in extra}  # type: ignore[union-attr]
    assert imported_top_level_modules([tracing]) - set(sys.stdlib_module_names) == {
        "attrs",
        "opentelemetry",
    }
    assert [canonical(r) for r in pyproject["project"]["optional-dependencies"]["otel"]] == [
        "opentelemetry-api>=1-27"
    ]
