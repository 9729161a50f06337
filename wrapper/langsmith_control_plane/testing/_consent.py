"""The emulator's consent page: what a flow asks for, and the person's Approve or Deny.

It stands in for the provider's consent screen, so it shows what a person needs to decide: the
provider, the scopes, the user and the agent the flow was started for. Approve finishes the
consent as the provider's redirect with a `code` does; Deny as its redirect with
`error=access_denied` does (the OAuth error path, RFC 6749 section 4.1.2.1), through the same
`EmulatorState.finish_consent` the callback route calls. The HTML is built here from the
standard library alone: every value shown is escaped.
"""

from __future__ import annotations

import html

from fastapi.responses import HTMLResponse

from ._state import AuthWaitStatus, ConsentOutcome, ConsentRequest, EmulatorState

__all__ = ["ACCESS_DENIED", "consent_page", "decide", "page"]

# The OAuth error code of a person who refused (RFC 6749 section 4.1.2.1).
ACCESS_DENIED = "access_denied"

_GONE = "<p>This sign-in link is unknown or has expired.</p>"


def page(title: str, body_html: str, status_code: int = 200) -> HTMLResponse:
    """A small HTML page; `title` is escaped, `body_html` must be already."""
    title = html.escape(title)
    return HTMLResponse(
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><h1>{title}</h1>{body_html}</body></html>",
        status_code=status_code,
    )


def _facts(request: ConsentRequest) -> str:
    def row(label: str, value: str, field: str) -> str:
        return f'<tr><th>{label}</th><td id="{field}">{html.escape(value)}</td></tr>'

    provider = request.provider or "not given (a flow started with create_auth)"
    scopes = " ".join(request.scopes) or "none named (the provider's default scopes)"
    user = request.user_id or "you (the API key's own user)"
    agent = request.agent_id or "none named"
    return (
        "<table>"
        + row("Provider", provider, "provider")
        + row("Scopes", scopes, "scopes")
        + row("User", user, "user")
        + row("Agent", agent, "agent")
        + "</table>"
    )


def consent_page(state: EmulatorState, auth_id: str, action: str) -> HTMLResponse:
    """The page for flow `auth_id`, whose forms post to `action` (this page's own path)."""
    request = state.consent_request(auth_id)
    if request is None:
        if state.peek(auth_id) is AuthWaitStatus.COMPLETED:
            return page("Already approved, you can close this tab", "")
        return page("No such sign-in", _GONE, status_code=404)
    target = html.escape(action)
    provider = html.escape(request.provider or "a provider")
    ask = f"<p>An agent asks for access to your {provider} account:</p>"
    # Approve first: `press_approve` submits the page's first form.
    forms = (
        f'<form method="post" action="{target}"><button type="submit">Approve</button></form>'
        f'<form method="post" action="{target}?error={ACCESS_DENIED}">'
        '<button type="submit">Deny</button></form>'
    )
    return page("Authorize access", ask + _facts(request) + forms)


def decide(state: EmulatorState, auth_id: str, error: str | None) -> HTMLResponse:
    """The person's answer: Approve (no `error`) or Deny (`error=access_denied`)."""
    outcome = state.finish_consent(auth_id, None, error)
    if outcome is ConsentOutcome.NOT_FOUND:
        return page("No such sign-in", _GONE, status_code=404)
    if outcome is ConsentOutcome.DENIED:
        refused = "<p>The agent was not given access. You can close this tab.</p>"
        return page("Access denied", refused)
    return page("Approved, you can close this tab", "")
