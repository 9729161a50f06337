"""The value a run paused for consent carries: made by `langgraph.get_token`, read by the resumer.

Plain standard library, so the resumer (and `lscp langgraph resume`) reads it without LangGraph.
"""

from __future__ import annotations

from typing import TypedDict

__all__ = ["ConsentPayload", "consent_auth_id", "payload"]


class ConsentPayload(TypedDict):
    """The value a paused run's interrupt carries: JSON, and never a token or a key."""

    message: str
    url: str
    auth_id: str
    provider: str
    scopes: list[str]


_KEYS = frozenset(ConsentPayload.__annotations__)


def payload(provider: str, scopes: list[str], *, url: str, auth_id: str) -> ConsentPayload:
    """The interrupt value of a run that waits for the user's consent."""
    return {
        "message": f"Sign in to {provider} to continue: open {url}, then resume the run.",
        "url": url,
        "auth_id": auth_id,
        "provider": provider,
        "scopes": list(scopes),
    }


def consent_auth_id(value: object) -> str | None:
    """The flow's auth_id when `value` is a `ConsentPayload`; None for any other interrupt."""
    if not isinstance(value, dict) or set(value) != _KEYS:
        return None
    auth_id = value["auth_id"]
    return auth_id if isinstance(auth_id, str) and auth_id else None
