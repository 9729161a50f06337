"""The full suite on every supported Python this machine has (`make test-pythons`; CI runs it).

`checks` runs what does not depend on the interpreter once; `tests-3.11`, `tests-3.12`, ...
run pytest on each Python that pyproject.toml's classifiers list. A Python the machine lacks is
skipped (nox says so in its summary); one it has that cannot run the suite fails the run.
See docs/development.md.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import nox

PYPROJECT = nox.project.load_toml("pyproject.toml")
# The classifiers are the one list of supported Pythons.
PYTHONS = nox.project.python_versions(PYPROJECT)

# A venv is kept between runs; `make setup` inside it reinstalls when pyproject.toml changes,
# as it does for .venv.
nox.options.reuse_venv = "yes"
# Run on the Pythons this machine has: under CI=true nox would otherwise fail for a supported
# Python that is not installed here at all.
nox.options.error_on_missing_interpreters = False


def _pyenv_bins() -> list[str]:
    """The bin folders of the newest pyenv-installed patch release of each supported Python.

    pyenv's shims run only the versions made active (`pyenv global`, `.python-version`,
    `PYENV_VERSION`), and nox's discovery (python-discovery) honours that by design, so a
    Python that pyenv holds but has not activated (this image activates 3.11 alone) would be
    skipped as missing. Activating it would change the machine for everything else, hence
    these few lines instead.
    """
    versions = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    bins = []
    for minor in PYTHONS:
        # Plain releases only: not 3.13.0t, 3.12-dev, or a pyenv-virtualenv env.
        patches = [
            folder
            for folder in versions.glob(f"{minor}.*")
            if re.fullmatch(rf"{re.escape(minor)}\.\d+", folder.name)
            and (folder / "bin" / f"python{minor}").is_file()
        ]
        if patches:
            newest = max(patches, key=lambda folder: int(folder.name.rsplit(".", 1)[1]))
            bins.append(str(newest / "bin"))
    return bins


# Appended, not prepended: an interpreter found earlier on PATH still wins, and `python3`
# outside a session's venv stays what it was.
# (filter: an empty entry would put the working directory on PATH.)
_path = [os.environ.get("PATH", os.defpath), *_pyenv_bins()]
os.environ["PATH"] = os.pathsep.join(filter(None, _path))


@nox.session(venv_backend="none")
def checks(session: nox.Session) -> None:
    """check-generated, lint and typecheck: the same on every Python, so once, in .venv."""
    session.run("make", "--no-print-directory", "check-generated", "lint", "typecheck")


# What `make test` runs. The tests marked slow are left out on every Python: they generate,
# build and type-check (make generate, a wheel, a cold mypy), whose answer does not depend on
# the interpreter running pytest, and `make test` runs them once in .venv.
EVERYDAY = ("-m", "not slow", "-n", "3", "--dist", "worksteal")
# The Python of .venv, which runs nox (and `make test`).
HOME = f"{sys.version_info.major}.{sys.version_info.minor}"
# Checks of the spec, the generation pipeline, the wheel's contents and the emulator's schema:
# the same answer on every interpreter, so they run on .venv's Python only.
INTERPRETER_INDEPENDENT = (
    "tests/build/test_spec.py",
    "tests/build/test_regeneration.py",
    "tests/build/test_generation.py",
    "tests/build/test_demo.py",
    "tests/emulator/test_contract.py",
)


# CI (.ci/run) names the Python that `make test` has just run the suite on, in .venv, so that it
# is not run a second time there (about two minutes of a CI run); contributors leave it unset.
TESTED = os.environ.get("LSCP_TESTED_PYTHON")


@nox.session(python=[p for p in PYTHONS if p != TESTED], download_python="never")
def tests(session: nox.Session) -> None:
    """pytest on one Python, in a venv that `make setup` fills as it fills .venv."""
    venv = session.virtualenv.location
    session.run("make", "--no-print-directory", "setup", f"VENV={venv}", external=True)
    everyday = list(EVERYDAY)
    if session.python != HOME:
        everyday += [f"--ignore={path}" for path in INTERPRETER_INDEPENDENT]
    # Bytecode written, as `make test` lets it be (see the Makefile).
    written = {"PYTHONDONTWRITEBYTECODE": ""}
    session.run("python", "-m", "pytest", *(session.posargs or everyday), env=written)
