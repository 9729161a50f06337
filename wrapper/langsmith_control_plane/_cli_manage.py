"""`lscp auth providers|tokens`, `lscp agent-connections`: manage what Agent Auth granted.

Each command calls one generated resource method of `ControlPlane`, named as it is there
(`lscp auth providers list` calls `cp.auth.providers.list()`), and prints a table (or, with
`--json`, the generated model's JSON); a command that changes something prints one line saying
what changed (`revoked 4 tokens of github`), or with `--json` the API's answer. A client
secret is read from stdin or prompted for, never taken as a flag, so it stays out of shell
history and `ps`; no answer carries one.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from typing import Any, TypeAlias

from ._cli_common import EXIT_OK, EXIT_PENDING, EXIT_USAGE, CliError, out, read_secret
from ._client import ControlPlane
from ._redact import mask_data
from .models import SECRET_FIELDS

__all__ = ["add_commands", "plain"]

Handler = Callable[[argparse.Namespace], int]
# argparse's own type of `add_subparsers()`, which it does not export.
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
ClientFor = Callable[[argparse.Namespace], ControlPlane]
# (heading, field of the model's JSON) per column.
Columns = Sequence[tuple[str, str]]

PROVIDER_COLUMNS: Columns = (
    ("PROVIDER", "provider_id"),
    ("NAME", "name"),
    ("CLIENT ID", "client_id"),
    ("AUTH URL", "auth_url"),
    ("PKCE", "uses_pkce"),
    ("UPDATED", "updated_at"),
)
TOKEN_COLUMNS: Columns = (
    ("ID", "id"),
    ("PROVIDER", "provider_id"),
    ("ACCOUNT", "provider_account_label"),
    ("SCOPES", "scopes"),
    ("EXPIRES", "expires_at"),
    ("DEFAULT", "is_default"),
)
CONNECTION_COLUMNS: Columns = (
    ("ID", "id"),
    ("PROVIDER", "provider_id"),
    ("TOKEN ID", "oauth_token_id"),
    ("SCOPES", "scopes"),
    ("EXPIRES", "expires_at"),
)


def plain(value: object) -> object:
    """A model (or list of them) as JSON data, every secret field masked (`_redact`)."""
    data = value.to_dict() if hasattr(value, "to_dict") else value
    if isinstance(data, list):
        return [plain(item) for item in data]
    return mask_data(data, SECRET_FIELDS)


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, list):
        return " ".join(str(item) for item in value) or "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _show(value: object, columns: Columns, as_json: bool) -> None:
    data = plain(value)
    if as_json:
        out(json.dumps(data))
        return
    rows = [row for row in (data if isinstance(data, list) else [data]) if isinstance(row, dict)]
    table = [[heading for heading, _ in columns]]
    table += [[_cell(row.get(field)) for _, field in columns] for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(columns))]
    for line in table:
        out("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())


def _client_secret(args: argparse.Namespace) -> str | None:
    """The client secret from stdin (or a prompt on a terminal); None with --no-client-secret."""
    if args.no_client_secret:
        return None
    return read_secret("client secret", ", or pass --no-client-secret for a public PKCE client")


def _count(number: object, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def add_commands(
    commands: Subcommands,
    auth_commands: Subcommands,
    *,
    parents: list[argparse.ArgumentParser],
    client_for: ClientFor,
    add_connection_options: Callable[[argparse.ArgumentParser], None],
    add_timeout: Callable[[argparse.ArgumentParser], None],
) -> dict[str, Subcommands]:
    """Add `auth providers`, `auth tokens` and `agent-connections` to lscp's subcommands; their
    subcommand groups, by the client's resource each stands for."""
    groups: dict[str, Subcommands] = {}

    def command(
        group: Subcommands, name: str, handler: Handler, help_text: str
    ) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = group.add_parser(
            name, parents=parents, help=help_text, description=help_text
        )
        parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
        add_connection_options(parser)
        add_timeout(parser)
        parser.set_defaults(handler=handler)
        return parser

    providers = auth_commands.add_parser("providers", help="register and manage OAuth providers")
    group = groups["auth.providers"] = providers.add_subparsers(dest="command", required=True)

    def list_providers(args: argparse.Namespace) -> int:
        with client_for(args) as cp:
            _show(cp.auth.providers.list(), PROVIDER_COLUMNS, args.json)
        return EXIT_OK

    command(group, "list", list_providers, "list the workspace's OAuth providers")

    def get_provider(args: argparse.Namespace) -> int:
        with client_for(args) as cp:
            _show(cp.auth.providers.retrieve(args.provider_id), PROVIDER_COLUMNS, args.json)
        return EXIT_OK

    get = command(group, "retrieve", get_provider, "show one OAuth provider")
    get.add_argument("provider_id", metavar="PROVIDER_ID")

    def create_provider(args: argparse.Namespace) -> int:
        secret = _client_secret(args)
        with client_for(args) as cp:
            created = cp.auth.providers.create(
                provider_id=args.provider_id,
                name=args.name,
                client_id=args.client_id,
                auth_url=args.auth_url,
                token_url=args.token_url,
                client_secret=secret,
                uses_pkce=args.pkce,
            )
        if args.json:
            _show(created, PROVIDER_COLUMNS, as_json=True)
        else:
            out(f"created provider {args.provider_id!r}")
        return EXIT_OK

    create = command(
        group,
        "create",
        create_provider,
        "register an OAuth provider; the client secret is read from stdin (or prompted for)",
    )
    create.add_argument("--provider-id", required=True, help="your name for it, such as github")
    create.add_argument("--name", required=True, help="a display name")
    create.add_argument("--client-id", required=True, help="the OAuth app's client id")
    create.add_argument("--auth-url", required=True, help="the provider's authorization URL")
    create.add_argument("--token-url", required=True, help="the provider's token URL")
    create.add_argument("--pkce", action="store_true", help="use PKCE")
    create.add_argument(
        "--no-client-secret", action="store_true", help="a public client: read no secret"
    )

    def update_provider(args: argparse.Namespace) -> int:
        fields: dict[str, Any] = {
            name: value
            for name, value in (
                ("name", args.name),
                ("client_id", args.client_id),
                ("auth_url", args.auth_url),
                ("token_url", args.token_url),
            )
            if value is not None
        }
        if args.client_secret_from_stdin:
            args.no_client_secret = False
            fields["client_secret"] = _client_secret(args)
        if not fields:
            # A PATCH without members would change nothing: say so rather than send it.
            raise CliError(
                f"nothing to change in provider {args.provider_id!r}: pass --name, --client-id, "
                "--auth-url, --token-url or --client-secret-from-stdin",
                EXIT_USAGE,
            )
        with client_for(args) as cp:
            updated = cp.auth.providers.update(args.provider_id, **fields)
        if args.json:
            _show(updated, PROVIDER_COLUMNS, as_json=True)
        else:
            out(f"updated provider {args.provider_id!r}: {', '.join(sorted(fields))}")
        return EXIT_OK

    update = command(group, "update", update_provider, "change an OAuth provider")
    update.add_argument("provider_id", metavar="PROVIDER_ID")
    update.add_argument("--name")
    update.add_argument("--client-id")
    update.add_argument("--auth-url")
    update.add_argument("--token-url")
    update.add_argument(
        "--client-secret-from-stdin",
        action="store_true",
        help="replace the client secret with one read from stdin (or prompted for)",
    )

    def delete_provider(args: argparse.Namespace) -> int:
        with client_for(args) as cp:
            answer = cp.auth.providers.delete(args.provider_id)
        if args.json:
            out(json.dumps(plain(answer)))
        else:
            tokens = answer.get("deleted_tokens") if isinstance(answer, dict) else None
            also = "" if tokens is None else f" and {_count(tokens, 'token')} granted with it"
            out(f"deleted provider {args.provider_id!r}{also}")
        return EXIT_OK

    delete = command(group, "delete", delete_provider, "delete an OAuth provider")
    delete.add_argument("provider_id", metavar="PROVIDER_ID")

    tokens = auth_commands.add_parser("tokens", help="list, check and revoke users' OAuth tokens")
    group = groups["auth.tokens"] = tokens.add_subparsers(dest="command", required=True)

    def list_tokens(args: argparse.Namespace) -> int:
        with client_for(args) as cp:
            found = cp.auth.tokens.list(
                **({} if args.provider is None else {"provider_id": args.provider})
            )
            _show(found, TOKEN_COLUMNS, args.json)
        return EXIT_OK

    listing = command(group, "list", list_tokens, "list the tokens granted (never their values)")
    listing.add_argument("--provider", help="only this provider's")

    def token_exists(args: argparse.Namespace) -> int:
        with client_for(args) as cp:
            status = cp.auth.tokens.exists(provider_id=args.provider)
        if args.json:
            out(json.dumps(plain(status)))
        return EXIT_OK if status.has_token else EXIT_PENDING

    exists = command(group, "exists", token_exists, "exit 0 if a token is stored, 1 if not")
    exists.add_argument("--provider", required=True)

    def revoke_tokens(args: argparse.Namespace) -> int:
        with client_for(args) as cp:
            answer = cp.auth.tokens.delete_many(provider_id=args.provider)
        if args.json:
            out(json.dumps(plain(answer)))
        else:
            count = answer.get("deleted") if isinstance(answer, dict) else None
            # The API answers for the API key's own user; an answer without a count still did it.
            what = "the tokens" if count is None else _count(count, "token")
            out(f"revoked {what} of {args.provider} for the API key's user")
        return EXIT_OK

    revoke = command(group, "delete-many", revoke_tokens, "revoke every token for a provider")
    revoke.add_argument("--provider", required=True)

    connections = commands.add_parser("agent-connections", help="link tokens to agents")
    group = groups["agent_connections"] = connections.add_subparsers(dest="command", required=True)

    def list_connections(args: argparse.Namespace) -> int:
        with client_for(args) as cp:
            found = cp.agent_connections.list(args.agent_id)
            _show(found.data, CONNECTION_COLUMNS, args.json)
        return EXIT_OK

    listing = command(group, "list", list_connections, "list an agent's connections")
    listing.add_argument("--agent-id", required=True)

    def create_connection(args: argparse.Namespace) -> int:
        with client_for(args) as cp:
            made = cp.agent_connections.create(args.agent_id, oauth_token_id=args.token_id)
        if args.json:
            _show(made, CONNECTION_COLUMNS, as_json=True)
        else:
            out(f"linked token {args.token_id} to agent {args.agent_id!r} as connection {made.id}")
        return EXIT_OK

    create = command(group, "create", create_connection, "link a token to an agent")
    create.add_argument("--agent-id", required=True)
    create.add_argument("--token-id", required=True)

    def remove_connection(args: argparse.Namespace) -> int:
        with client_for(args) as cp:
            cp.agent_connections.delete(args.agent_id, args.connection_id)
        if args.json:
            out(json.dumps({"removed": args.connection_id}))
        else:
            out(f"removed connection {args.connection_id} from agent {args.agent_id!r}")
        return EXIT_OK

    remove = command(group, "delete", remove_connection, "unlink a token from an agent")
    remove.add_argument("--agent-id", required=True)
    remove.add_argument("--connection-id", required=True)
    return groups
