"""`lscp <resource> [<nested> ...] <method> ...`: every generated operation from a terminal.

Each resource of the client that has no handwritten commands (`listeners`, `integrations`,
and any a newer document adds) is a command, and each method a subcommand
named as on the client; so is each method beside the handwritten ones (`lscp auth tokens
metadata update`): `lscp deployments revisions list DEPLOYMENT_ID --limit 5` calls
`cp.deployments.revisions.list(deployment_id, limit=5)`. A method's parser is built from its
signature only when it is called, so `lscp auth ...` loads none of these resources. Path
parameters are positional, the others `--options`; a value is sent as text where the method
takes text, else read as JSON (`--deployment-ids '["..."]'`). A secret parameter (`Param.secret`,
or a name in `SECRET_FIELDS`) is never a flag's value, which shell history and `ps` would keep:
`--<name>-from-stdin` reads it from stdin, or asks for it unechoed on a terminal. A method named
with Python's keyword escape (`import_`) is the command without it (`import`). The answer is
printed as JSON, every item of every page for a list, secret fields left out.
"""

from __future__ import annotations

import argparse
import functools
import inspect
import json
import re
import sys
from collections.abc import Callable, Collection
from typing import Any, TypeAlias

from langsmith_control_plane_client import models
from langsmith_control_plane_client.api import Operation, Resources

from ._cli_common import EXIT_OK, EXIT_USAGE, CliError, out, read_secret
from ._client import ControlPlane
from .models import SECRET_FIELDS

__all__ = ["add_commands", "add_the_rest"]

# Resources with commands of their own (`lscp auth ...`, `lscp agent-connections ...`,
# `lscp deployments revisions wait`): their other methods are added beside those.
HANDWRITTEN = frozenset({"auth", "agent_connections", "deployments"})
OPTIONS = ("timeout", "extra_headers", "extra_query", "extra_body")
ClientFor = Callable[[argparse.Namespace], ControlPlane]
# argparse's own type of `add_subparsers()`, which it does not export.
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def resources() -> list[str]:
    """The client's resources that get generic commands."""
    return sorted(
        name
        for name, value in vars(Resources).items()
        if isinstance(value, functools.cached_property) and name not in HANDWRITTEN
    )


class _Seen(Exception):  # not an error: how the outline's call ends
    def __init__(self, operation: Operation[Any]) -> None:
        super().__init__(operation.name)
        self.operation = operation


class _Recorder:
    """A requester that sends nothing: it stops a method's call with the `Operation` it was
    handed, the one source of which of its parameters are secret."""

    def call(self, operation: Operation[Any], arguments: object, options: object) -> None:
        raise _Seen(operation)

    call_raw = paginate = call


class _Outline(Resources):
    """The resources without a client, to read their methods' names, signatures and
    operations."""

    _requester: Any = _Recorder()


def command_name(name: str) -> str:
    """A method's or resource's command: `import_` (Python's keyword escape) is `import`."""
    return name.rstrip("_").replace("_", "-")


def _secrets(method: Callable[..., object]) -> list[str]:
    """The method's parameters whose values are secrets, in its signature's order."""
    parameters = inspect.signature(method).parameters
    try:
        method(**dict.fromkeys(name for name in parameters if name not in OPTIONS))
    except _Seen as seen:
        marked = {param.keyword for param in seen.operation.params if param.secret}
    else:  # not a generated call: only the names alone say
        marked = set()
    return [name for name in parameters if name in marked or name in SECRET_FIELDS]


def _children(resource: object) -> dict[str, object]:
    """A resource's methods and nested resources, by name."""
    cls = type(resource)
    names = [name for name in dir(cls) if not name.startswith("_") and name != "with_raw_response"]
    return {name: getattr(resource, name) for name in names}


def add_commands(
    commands: Subcommands,
    *,
    client_for: ClientFor,
    add_connection_options: Callable[[argparse.ArgumentParser], None],
) -> None:
    """A command per resource without handwritten commands; its arguments are parsed when it
    runs (`_run`)."""
    for name in resources():
        _add(commands, [name], client_for, add_connection_options)


def add_the_rest(
    group: Subcommands,
    path: list[str],
    *,
    skip: Collection[str] = (),
    client_for: ClientFor,
    add_connection_options: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Beside a group's handwritten subcommands (`lscp auth tokens list`), one for each other
    method or nested resource of `cp.<path>` (`lscp auth tokens metadata update`)."""
    taken = set(group.choices) | set(skip)
    for name in _children(_walk(_Outline(), path)):
        if command_name(name) not in taken:
            _add(group, [*path, name], client_for, add_connection_options)


def _add(
    group: Subcommands,
    path: list[str],
    client_for: ClientFor,
    add_connection_options: Callable[[argparse.ArgumentParser], None],
) -> None:
    command = group.add_parser(
        command_name(path[-1]),
        add_help=False,
        prefix_chars="\0",  # every word after the name is the method's to parse
        help=f"cp.{'.'.join(path)}: --help for its methods and arguments",
    )
    command.add_argument("arguments", nargs=argparse.REMAINDER)
    command.set_defaults(
        handler=functools.partial(
            _run, client_for=client_for, add_connection_options=add_connection_options
        ),
        resource_path=path,
    )


def _walk(root: object, path: list[str]) -> Any:  # noqa: ANN401 -- a resource or a method
    for name in path:
        root = getattr(root, name)
    return root


def _run(
    args: argparse.Namespace,
    *,
    client_for: ClientFor,
    add_connection_options: Callable[[argparse.ArgumentParser], None],
) -> int:
    path = list(args.resource_path)
    node = _walk(_Outline(), path)
    words = list(args.arguments)
    prog = "lscp " + " ".join(command_name(part) for part in path)
    while not callable(node):
        children = {command_name(name): name for name in _children(node)}
        word = words[0] if words else ""
        if word not in children:
            shown = ", ".join(sorted(children))
            if words and words[0] in ("-h", "--help"):
                out(f"usage: {prog} METHOD [ARGUMENTS]\n\nmethods and nested resources: {shown}")
                return EXIT_OK
            asked = f"no {words[0]!r} in {prog}" if words else f"{prog} needs a method"
            raise CliError(f"{asked}: choose one of {shown}", EXIT_USAGE)
        words.pop(0)
        path.append(children[word])
        prog += " " + word
        node = getattr(node, children[word])
    parser = argparse.ArgumentParser(
        prog=prog,
        description=inspect.getdoc(node),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    positional: list[str] = []
    secrets = _secrets(node)
    for parameter in inspect.signature(node).parameters.values():
        if parameter.name in OPTIONS[1:]:
            continue
        hint = str(parameter.annotation)
        if parameter.name in secrets:
            parser.add_argument(
                f"--{command_name(parameter.name)}-from-stdin",
                dest=parameter.name,
                action="store_true",
                required=parameter.default is parameter.empty,
                help=f"read {parameter.name} from stdin (on a terminal: asked for, unechoed); "
                "a secret is never a flag's value",
            )
        elif parameter.name == "timeout":  # a number, for the client as for the call
            parser.add_argument(
                "--timeout", type=float, metavar="SECONDS", help="this call's deadline"
            )
        elif parameter.kind is parameter.POSITIONAL_OR_KEYWORD:
            positional.append(parameter.name)
            parser.add_argument(parameter.name, metavar=parameter.name.upper(), help=hint)
        else:
            parser.add_argument(
                "--" + parameter.name.replace("_", "-"),
                dest=parameter.name,
                required=parameter.default is parameter.empty,
                help=hint,
            )
    parser.add_argument(
        "--json",
        action="store_true",
        help="an answer is always printed as JSON; an empty one as null, not a `done` line",
    )
    add_connection_options(parser)
    for name in secrets:  # said plainly, and the value not echoed as argparse would
        flag = f"--{command_name(name)}"
        if any(word == flag or word.startswith(flag + "=") for word in words):
            raise CliError(
                f"{prog} takes no {flag}: a secret is never a flag's value, which shell "
                f"history and `ps` keep; pass {flag}-from-stdin and pipe it in",
                EXIT_USAGE,
            )
    parsed = parser.parse_args(words, namespace=argparse.Namespace(debug=args.debug))
    arguments = {
        parameter.name: _value(getattr(parsed, parameter.name), str(parameter.annotation))
        for parameter in inspect.signature(node).parameters.values()
        if parameter.name not in OPTIONS
        and parameter.name not in secrets
        and getattr(parsed, parameter.name) is not None
    }
    arguments |= _read_secrets([name for name in secrets if getattr(parsed, name)])
    if getattr(parsed, "timeout", None) is not None:
        arguments["timeout"] = parsed.timeout
    with client_for(parsed) as cp:
        method = _walk(cp, path)
        call_positional = [arguments.pop(name) for name in positional]
        result = method(*call_positional, **arguments)
        if result is None and not parsed.json:
            # An answer without a body (a delete, say) still says what was done.
            out(" ".join([prog, *(str(value) for value in call_positional), "done"]))
        else:
            _show(result)  # in the `with`: a list's later pages are fetched as it prints
    return EXIT_OK


def _read_secrets(names: list[str]) -> dict[str, str]:
    """Each named secret from stdin, which holds one; on a terminal, each asked for in turn."""
    if len(names) > 1 and not sys.stdin.isatty():
        flags = " and ".join(f"--{command_name(name)}-from-stdin" for name in names)
        raise CliError(
            f"stdin holds one secret, not {flags}: pass one flag per run, or run on a "
            "terminal to be asked for each",
            EXIT_USAGE,
        )
    return {name: read_secret(name.replace("_", " ")) for name in names}


def _value(text: str, annotation: str) -> object:
    """A command-line value as the method takes it: text, or JSON (a model from an object)."""
    kinds = set(re.findall(r"[A-Za-z_][A-Za-z_0-9]*", annotation)) - {"None", "Unset"}
    if kinds <= {"str", "UUID"}:
        return text
    try:
        value = json.loads(text)
    except ValueError:
        return text
    if isinstance(value, dict):
        for kind in kinds:
            model = getattr(models, kind, None)
            if model is not None and hasattr(model, "from_dict"):
                return model.from_dict(value)
    return value


def _show(result: object) -> None:
    from ._cli_manage import plain

    if hasattr(result, "pages"):  # a list's first page: every item of every page
        result = list(result)  # type: ignore[call-overload]
    out(json.dumps(plain(result), default=str))
