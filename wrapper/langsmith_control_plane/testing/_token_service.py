"""The Auth Service's newer token operations, served from the document's routes over the stored
tokens the handwritten Auth Service routes keep (`EmulatorState`): the batch presence check and
the import of a token obtained elsewhere."""

from __future__ import annotations

from collections.abc import Mapping

from langsmith_control_plane.testing._services import Answer, Handler, Params, Payload
from langsmith_control_plane.testing._state import EmulatorState


class StoredTokens:
    """Handlers over `state`'s stored tokens (which keeps its own lock)."""

    def __init__(self, state: EmulatorState) -> None:
        self._state = state

    def handlers(self) -> Mapping[str, Handler]:
        """The operations this service answers, by the SDK's names."""
        return {
            "check_oauth_tokens_exist_batch": self.exist_batch,
            "import_oauth_token": self.import_token,
        }

    def exist_batch(self, params: Params, body: Payload) -> Answer:
        """Per provider asked for, whether any token is stored for it (as the single check, it
        covers every user of the workspace: the credentials cannot tell users apart)."""
        asked: list[str] = body["provider_ids"]
        return 200, {"has_token": {p: bool(self._state.tokens(p)) for p in asked}}

    def import_token(self, params: Params, body: Payload) -> Answer:
        """Store `access_token` for the caller's own user and the provider, with its scopes,
        replacing any token stored before, as a completed consent does. The refresh token,
        expiry and metadata are accepted and not kept."""
        self._state.grant_token(
            None, body["provider_id"], list(body["scopes"]), body["access_token"]
        )
        (stored,) = [t for t in self._state.tokens(body["provider_id"]) if t.user_id is None]
        return 200, {"token_id": stored.id}
