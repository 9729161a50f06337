"""Mutation proof for the invariants that matter: break each one, and the tests must fail.

Each mutation below replaces one piece of text in the handwritten package (the text must occur
exactly once, so a refactor that moves it fails this script loudly instead of testing nothing),
in a copy of the tree under a temporary directory: the working tree is never touched. The copy's
`wrapper/` and `generated/` go first on `PYTHONPATH`, ahead of the editable install, so the tests
import the mutated code. The tests named for the mutation then run there; it is killed when they
fail, and survives when they pass. A survivor is a bug in the tests: an invariant nothing checks.

First the same tests run on the unmutated copy (they must pass, or every kill is meaningless).

Usage: python scripts/mutation_check.py [NAME ...]   (`make mutation`; no NAME: all of them)
Exits 1 when a mutation survives or the unmutated run fails.

Hand-written rather than mutmut or cosmic-ray: those mutate every expression at random and take
hours on a suite that talks real HTTP; here each mutation is one named invariant, chosen by hand.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "wrapper/langsmith_control_plane"
# What the tests need of the tree: the code, the tests, and pytest's settings.
COPIED = ("wrapper", "generated", "tests", "pyproject.toml")
PARALLEL = 3  # mutations tested at a time


@dataclass(frozen=True)
class Mutation:
    name: str
    why: str
    file: str  # under PACKAGE
    old: str
    new: str
    tests: tuple[str, ...]


POLICY = "tests/unit/test_policy.py"
E2E_AUTH = "tests/e2e/test_authenticate.py"
E2E_CALLS = "tests/e2e/test_auth_calls.py"
E2E_FAULTS = "tests/e2e/test_faults.py"
E2E_CLIENT = "tests/e2e/test_client_paths.py"
E2E_LOCAL = "tests/e2e/test_local_mistakes.py"
E2E_PROXIES = "tests/e2e/test_proxies.py"
E2E_CLOSING = "tests/e2e/test_closing.py"
E2E_REDACTION = "tests/e2e/test_redaction.py"
CLI = "tests/cli/test_cli.py"
E2E_SURFACE = "tests/e2e/test_surface.py"
REVISION_POLICY = "tests/unit/test_revision_policy.py"
E2E_DEPLOYMENTS = "tests/e2e/test_deployments.py"

MUTATIONS = (
    Mutation(
        "interrupted-polled-on",
        "a revision wait polls INTERRUPTED until its deadline, as langgraph-cli does",
        "_policy.py",
        '"SKIPPED", "INTERRUPTED"})',
        '"SKIPPED"})',
        (REVISION_POLICY,),
    ),
    Mutation(
        "unknown-revision-status-ends-the-wait",
        "a status this SDK does not know ends a revision wait",
        "_deployments.py",
        "if outcome in (RevisionOutcome.DEPLOYED, RevisionOutcome.FAILED):",
        "if outcome is not RevisionOutcome.IN_PROGRESS:",
        (REVISION_POLICY,),
    ),
    Mutation(
        "revision-looks-do-not-back-off",
        "a revision wait looks at a constant pace",
        "_policy.py",
        "limits.status_poll_initial * 2.0 ** min(looks - 1, 32)",
        "limits.status_poll_initial",
        (REVISION_POLICY,),
    ),
    Mutation(
        "revision-outage-reported-as-timeout",
        "a revision wait whose last looks failed says the build is slow",
        "_policy.py",
        "            return self._last_error\n        return self._timed_out()",
        "            return self._timed_out()\n        return self._timed_out()",
        (REVISION_POLICY,),
    ),
    Mutation(
        "failed-build-reads-deploy-logs",
        "a failed build carries its deploy logs, which say nothing of why",
        "_policy.py",
        'return "build" if status == "BUILD_FAILED" else "deploy"',
        'return "deploy"',
        (REVISION_POLICY, E2E_DEPLOYMENTS),
    ),
    Mutation(
        "short-page-not-the-last",
        "a list asks for the page after a short one",
        "_pages.py",
        "            return None  # a short page is the last",
        "            pass",
        (E2E_SURFACE,),
    ),
    Mutation(
        "extra-fields-carry-credentials",
        "extra_query or extra_body may set a credential",
        "_operations.py",
        'if folded in CREDENTIAL_FIELDS or folded.replace("_", "-") in CREDENTIAL_HEADERS:',
        "if False:",
        (E2E_SURFACE,),
    ),
    Mutation(
        "undeclared-2xx-fails",
        "a 2xx the document does not list fails the call",
        "_operations.py",
        "            return data\n",
        '            raise unexpected(reply, "an unlisted status", secret_fields)\n',
        (E2E_SURFACE,),
    ),
    Mutation(
        "mask-secret-returns-value",
        "a result's repr shows the token",
        "_redact.py",
        """return "None" if value is None else f"'{MASK}'\"""",
        "return repr(value)",
        (E2E_AUTH, E2E_CALLS, POLICY),
    ),
    Mutation(
        "mask-body-returns-value",
        "an error's body excerpt shows a secret field",
        "_redact.py",
        "    if pattern is not None:\n        text = pattern.sub(",
        "    if False:\n        text = pattern.sub(",
        (POLICY, E2E_CLIENT),
    ),
    Mutation(
        "mask-headers-returns-value",
        "an error's headers show a credential or cookie",
        "_redact.py",
        """name: MASK if name.lower() in SECRET_HEADERS else value""",
        "name: value",
        (POLICY, E2E_CLIENT),
    ),
    Mutation(
        "log-shows-secret-query",
        "the debug log shows a secret query parameter (an OAuth code)",
        "_redact.py",
        """f"{name}={MASK if name in secret else value}\"""",
        'f"{name}={value}"',
        (E2E_CLIENT,),
    ),
    Mutation(
        "post-resent-after-reaching-server",
        "a POST that reached the server is sent again",
        "_policy.py",
        "            return not error.reached_server\n",
        "            return True\n",
        (POLICY, E2E_AUTH),
    ),
    Mutation(
        "post-resent-on-any-status",
        "a POST is sent again after a 5xx the server may have acted on",
        "_policy.py",
        "        if self.idempotent:\n            return super()._retryable(error, outcome)",
        "        if True:\n            return super()._retryable(error, outcome)",
        (POLICY, E2E_CLIENT),
    ),
    Mutation(
        "body-cap-off-streamed",
        "a streamed body is read past the cap",
        "_reading.py",
        "        if self._size + len(data) > self._limit:",
        "        if False:",
        (POLICY, E2E_FAULTS),
    ),
    Mutation(
        "body-cap-off-declared",
        "a declared Content-Length over the cap is read",
        "_reading.py",
        "if declared.isdigit() and int(declared) > limit:",
        "if False:",
        (POLICY, E2E_FAULTS),
    ),
    Mutation(
        "deadline-ignored-by-retries",
        "retries go on past the call's deadline",
        "_policy.py",
        "        if now + delay >= self.deadline:\n            raise self._out_of_time()",
        "        if False:\n            raise self._out_of_time()",
        (POLICY, E2E_FAULTS),
    ),
    Mutation(
        "deadline-ignored-by-request-budget",
        "a request's timeouts are not cut to what is left of the deadline",
        "_policy.py",
        "budget = max(self.deadline + limits.deadline_grace - now, 0.001)",
        "budget = math.inf",
        (POLICY, E2E_FAULTS),
    ),
    Mutation(
        "deadline-ignored-by-body-reader",
        "a body arriving past the request's deadline is read",
        "_reading.py",
        "        if now > self._deadline:",
        "        if False:",
        (POLICY, E2E_FAULTS),
    ),
    Mutation(
        "deadline-ignored-by-async-exchange",
        "the async client lets a trickling answer run past the request's deadline",
        "_client.py",
        "async with _asyncio().timeout(max(send.deadline - self._clock.now(), 0.0)):",
        "async with _asyncio().timeout(None):",
        (E2E_FAULTS,),
    ),
    Mutation(
        "retry-after-ignored",
        "the server's Retry-After is not waited out",
        "_policy.py",
        "            delay = max(delay, retry_after)",
        "            pass",
        (POLICY, E2E_FAULTS),
    ),
    Mutation(
        "redirect-followed-through-a-users-client",
        "a call through a user's httpx.Client follows a redirect",
        "_transports.py",
        "return self._client.send(request, stream=True, follow_redirects=False, auth=None)",
        "return self._client.send(request, stream=True, follow_redirects=True, auth=None)",
        (E2E_CLIENT,),
    ),
    Mutation(
        "redirect-taken-as-the-answer",
        "a 3xx answer is read as the result",
        "_policy.py",
        "if isinstance(outcome, Reply) and 200 <= outcome.status_code < 300:",
        "if isinstance(outcome, Reply) and 200 <= outcome.status_code < 400:",
        (POLICY, E2E_FAULTS),
    ),
    Mutation(
        "extra-headers-replace-credentials",
        "extra_headers may set X-Api-Key or Authorization",
        "_operations.py",
        "        if name.lower() in CREDENTIAL_HEADERS:",
        "        if False:",
        (E2E_CLIENT, "tests/build/test_operations_adapter.py"),
    ),
    Mutation(
        "argument-check-skipped",
        "a generated method's arguments go to the wire unchecked",
        "_operations.py",
        "            value = _checked(operation, param, value)",
        "            pass",
        (E2E_CLIENT, "tests/build/test_operations_adapter.py"),
    ),
    Mutation(
        "header-name-unchecked",
        "a header name with a space or a colon is sent (or fails as a network error)",
        "config.py",
        "    if not _HEADER_NAME.fullmatch(name):",
        "    if False:",
        (E2E_LOCAL,),
    ),
    Mutation(
        "header-value-unchecked",
        "a control character or non-ASCII in a header value goes to httpx or the wire",
        "config.py",
        "    if not _HEADER_VALUE.fullmatch(value):",
        "    if False:",
        (E2E_LOCAL,),
    ),
    Mutation(
        "cut-while-connecting-reached-server",
        "a request cut by its deadline before its head went out is said to have reached the server",
        "_client.py",
        "                reached_server=head.sent,",
        "                reached_server=True,",
        (E2E_LOCAL,),
    ),
    Mutation(
        "pool-timeout-ignored",
        "a request queued for a turn to connect waits past httpx's pool timeout",
        "_async_transport.py",
        "        if turns.locked():",
        "        if False:",
        (E2E_LOCAL,),
    ),
    Mutation(
        "connect-failures-unbounded",
        "a dead API is retried for the whole deadline",
        "_policy.py",
        "            if self._connect_failures >= self.limits.max_connect_attempts:",
        "            if False:",
        (POLICY, E2E_FAULTS),
    ),
    Mutation(
        "cli-retries-silent",
        "lscp on a terminal says nothing while it retries",
        "cli.py",
        "on_retry=_retry_line if wants_progress(sys.stderr) else None,",
        "on_retry=None,",
        (CLI,),
    ),
    Mutation(
        "library-logs-unfiltered",
        "httpx's and httpcore's log records show an OAuth code",
        "_redact.py",
        "    _FILTER.keys |= secret_keys(secret_fields)",
        "    return",
        (E2E_REDACTION,),
    ),
    Mutation(
        "dotted-secret-fields-read-literally",
        "a body's `value` (Secret.value) is shown, `Secret.value` read as a JSON key",
        "_redact.py",
        '    return frozenset(name.rpartition(".")[2] for name in fields)',
        "    return frozenset(fields)",
        (E2E_REDACTION,),
    ),
    Mutation(
        "cli-data-masked-at-top-level-only",
        "the CLI's --json shows a nested secret",
        "_redact.py",
        "key: (MASK if value is not None else None) if key in keys else mask_data(value, keys)",
        "key: mask_data(value, keys)",
        (E2E_REDACTION,),
    ),
    Mutation(
        "plain-http-through-a-proxy",
        "the API key goes to a proxy in clear text",
        "_transports.py",
        'if not proxy or url.scheme != "https":',
        "if not proxy:",
        (E2E_PROXIES,),
    ),
    Mutation(
        "no-proxy-ignored",
        "NO_PROXY does not exempt the API host",
        "_transports.py",
        '    if _exempt(url.host, url.port or 443, proxies.get("no", "")):',
        "    if False:",
        (E2E_PROXIES,),
    ),
    Mutation(
        "unusable-proxy-accepted",
        "a proxy of an unknown scheme fails later, as a raw error",
        "_transports.py",
        '    elif scheme not in ("http", "https"):',
        "    elif False:",
        (E2E_PROXIES,),
    ),
    Mutation(
        "socks-proxy-without-socksio-accepted",
        "a SOCKS proxy without socksio fails later, as a raw ImportError",
        "_transports.py",
        '        if importlib.util.find_spec("socksio") is None:',
        "        if False:",
        (E2E_PROXIES,),
    ),
    Mutation(
        "aclose-leaves-calls-running",
        "aclose() leaves connects, queued turns and retry sleeps running",
        "_client.py",
        "        calls, self._calls = self._calls, set()",
        "        calls, self._calls = set(), set()",
        (E2E_CLOSING,),
    ),
    Mutation(
        "sync-deadline-per-read-only",
        "the sync client lets a trickled head or repeated 1xx run past the deadline",
        "_sync_transport.py",
        "    if deadline == math.inf:",
        "    if True:",
        (E2E_FAULTS,),
    ),
)


def copy_tree(into: Path) -> None:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, into / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
            )
        else:
            shutil.copy2(source, into / name)


def apply(mutation: Mutation, tree: Path) -> None:
    path = tree / PACKAGE / mutation.file
    text = path.read_text(encoding="utf-8")
    count = text.count(mutation.old)
    if count != 1:
        raise SystemExit(
            f"{mutation.name}: the text to mutate occurs {count} times in {mutation.file}, not "
            "once; update scripts/mutation_check.py to the code as it is now"
        )
    path.write_text(text.replace(mutation.old, mutation.new), encoding="utf-8")


def run_tests(
    tree: Path, tests: tuple[str, ...], workers: int = 0
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(tree / "wrapper"), str(tree / "generated")]),
        # Bytecode written into the copy: each mutation's tree is copied from the unmutated one
        # after its run, and Python recompiles only the mutated file (its mtime changed).
        "PYTHONDONTWRITEBYTECODE": "",
    }
    return subprocess.run(  # noqa: S603 - our own interpreter, pytest, our own arguments
        # -x: one failing test is enough to kill; -p no:cacheprovider: leave no .pytest_cache.
        [
            sys.executable,
            "-m",
            "pytest",
            "-x",
            "-q",
            "-p",
            "no:cacheprovider",
            *("-n", str(workers)),
            *tests,
        ],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def try_mutation(mutation: Mutation, clean: Path, scratch: Path) -> bool:
    """Apply `mutation` to a copy of `clean`, run its tests, print the verdict; True if it
    survived (or broke the tests' collection, which is no kill either)."""
    tree = scratch / mutation.name
    shutil.copytree(clean, tree)
    apply(mutation, tree)
    started = time.monotonic()
    result = run_tests(tree, mutation.tests)
    seconds = time.monotonic() - started
    shutil.rmtree(tree)
    # 1: tests failed. Anything else (an import error, a usage error) is not a kill.
    if result.returncode == 1:
        failed = [line for line in result.stdout.splitlines() if line.startswith("FAILED")]
        print(f"killed    {mutation.name} ({seconds:.0f} s): {failed[0] if failed else ''}")
        return False
    if result.returncode == 0:
        print(f"SURVIVED  {mutation.name} ({seconds:.0f} s): {mutation.why}")
    else:
        print(f"BROKEN    {mutation.name}: pytest exited {result.returncode}")
        print(result.stdout[-2000:], result.stderr[-2000:], sep="\n")
    return True


def main(names: list[str]) -> int:
    chosen = [m for m in MUTATIONS if not names or m.name in names]
    unknown = set(names) - {m.name for m in MUTATIONS}
    if unknown:
        raise SystemExit(f"unknown mutations: {', '.join(sorted(unknown))}")
    with tempfile.TemporaryDirectory(prefix="mutation-") as scratch:
        clean = Path(scratch) / "clean"
        copy_tree(clean)
        every_test = tuple(sorted({test for m in chosen for test in m.tests}))
        started = time.monotonic()
        # Every test, once: on workers (pytest-xdist). A mutation's run stops at its first failure,
        # so one process, without the workers' start-up, is quicker there.
        baseline = run_tests(clean, every_test, workers=4)
        if baseline.returncode != 0:
            print(baseline.stdout[-4000:], baseline.stderr[-2000:], sep="\n")
            print("the tests fail without any mutation: fix them first")
            return 1
        print(f"unmutated: the tests pass ({time.monotonic() - started:.0f} s)")
        # A few mutations at a time: each run mostly waits on loopback sockets and start-up.
        with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
            verdicts = list(pool.map(lambda m: try_mutation(m, clean, Path(scratch)), chosen))
    survivors = [m for m, survived in zip(chosen, verdicts, strict=True) if survived]
    print(f"{len(chosen) - len(survivors)} of {len(chosen)} mutations killed")
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
