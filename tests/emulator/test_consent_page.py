"""The emulator's consent page in a real browser (Playwright driving the system's chromium,
which `make setup` installs): a person sees what the flow asks for, approves or denies, and a
waiter learns the outcome at once.

One browser for the module: launching chromium is the costly part.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator

import pytest
from langsmith_control_plane import AuthNotFoundError, ControlPlane
from langsmith_control_plane.testing import Emulator
from playwright.sync_api import Browser, Page, sync_playwright

from tests.support.checks import KEY

SCOPES = ["repo", "read:org"]
USER = "alice@example.com"
AGENT = "triage-agent"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.fail("no chromium on PATH: run `make browser` (Debian: apt-get install chromium)")
    with sync_playwright() as playwright:
        # --no-sandbox: chromium refuses to sandbox as root, as on this project's machines.
        launched = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    yield context.new_page()
    context.close()


def start(cp: ControlPlane) -> tuple[str, str]:
    started = cp.auth.authenticate("github", SCOPES, user_id=USER, agent_id=AGENT)
    assert started.url is not None
    assert started.auth_id is not None
    return started.url, started.auth_id


def shows_the_request(page: Page, url: str) -> None:
    page.goto(url)
    assert page.locator("h1").inner_text() == "Authorize access"
    fields = ("provider", "scopes", "user", "agent")
    facts = {field: page.locator(f"#{field}").inner_text() for field in fields}
    assert facts == {
        "provider": "github",
        "scopes": "read:org repo",
        "user": USER,
        "agent": AGENT,
    }


def test_approve_completes_the_flow_and_stores_the_token(emulator: Emulator, page: Page) -> None:
    with ControlPlane(api_key=KEY, base_url=emulator.url) as cp:
        url, auth_id = start(cp)
        shows_the_request(page, url)
        page.get_by_role("button", name="Approve").click()
        assert page.locator("h1").inner_text() == "Approved, you can close this tab"
        (stored,) = emulator.tokens(user_id=USER)
        assert cp.auth.check(auth_id).token == stored.token
        page.goto(url)  # the link again, once approved
        assert page.locator("h1").inner_text() == "Already approved, you can close this tab"


def test_deny_ends_the_flow_and_a_parked_waiter_hears_at_once(
    emulator: Emulator, page: Page
) -> None:
    with ControlPlane(api_key=KEY, base_url=emulator.url) as cp:
        url, auth_id = start(cp)
        shows_the_request(page, url)
        raised: list[BaseException] = []

        def waiter() -> None:
            try:
                cp.auth.wait(auth_id, timeout=60)
            except AuthNotFoundError as error:
                raised.append(error)

        waiting = threading.Thread(target=waiter)
        waiting.start()
        emulator.wait_for_waiters(auth_id)
        page.get_by_role("button", name="Deny").click()
        assert page.locator("h1").inner_text() == "Access denied"
        waiting.join(timeout=10)
        assert not waiting.is_alive()
        # The API has no "denied" status: a refused flow is gone, as an expired one is.
        assert [type(error) for error in raised] == [AuthNotFoundError]
        assert emulator.tokens(user_id=USER) == []
        page.goto(url)  # Approve can no longer be reached
        assert page.locator("h1").inner_text() == "No such sign-in"
