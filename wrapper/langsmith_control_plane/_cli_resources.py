"""`lscp <resource> [<nested> ...] <method> ...`: every generated operation from a terminal.

Each resource of the client that has no handwritten commands (`listeners`, `integrations`,
and any a newer document adds) is a command, and each method a subcommand
named as on the client; so is each method beside the handwritten ones (`lscp auth tokens
metadata update`): `lscp deployments revisions list DEPLOYMENT_ID --limit 5` calls
`cp.deployments.revisions.list(deployment_id, limit=5)`. A method's parser is built from its
signature only when it is called, so `lscp auth ...` loads none of these resources. Path
parameters are positional, the others `--options`; a value is sent as text where the method
takes text, else read as JSON (`--deployment-ids '["..."]'`). The answer is printed as JSON,
every item of every page for a list, secret fields left out.
"""

from __future__ import annotations

import argparse
import functools
import inspect
import json
import re
from collections.abc import Callable, Collection
from typing import Any, TypeAlias

from langsmith_control_plane_client import models
from langsmith_control_plane_client.api import Resources

from ._cli_common import EXIT_OK, EXIT_USAGE, CliError, out
from ._client import ControlPlane

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


class _Outline(Resources):
    """The resources without a client, to read their methods' names and signatures."""

    _requester: Any = None


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
        if name.replace("_", "-") not in taken:
            _add(group, [*path, name], client_for, add_connection_options)


def _add(
    group: Subcommands,
    path: list[str],
    client_for: ClientFor,
    add_connection_options: Callable[[argparse.ArgumentParser], None],
) -> None:
    command = group.add_parser(
        path[-1].replace("_", "-"),
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
    prog = "lscp " + " ".join(part.replace("_", "-") for part in path)
    while not callable(node):
        children = _children(node)
        word = words[0].replace("-", "_") if words else ""
        if word not in children:
            shown = ", ".join(sorted(name.replace("_", "-") for name in children))
            if words and words[0] in ("-h", "--help"):
                out(f"usage: {prog} METHOD [ARGUMENTS]\n\nmethods and nested resources: {shown}")
                return EXIT_OK
            asked = f"no {words[0]!r} in {prog}" if words else f"{prog} needs a method"
            raise CliError(f"{asked}: choose one of {shown}", EXIT_USAGE)
        words.pop(0)
        path.append(word)
        prog += " " + word.replace("_", "-")
        node = children[word]
    parser = argparse.ArgumentParser(
        prog=prog,
        description=inspect.getdoc(node),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    positional: list[str] = []
    for parameter in inspect.signature(node).parameters.values():
        if parameter.name in OPTIONS[1:]:
            continue
        hint = str(parameter.annotation)
        if parameter.name == "timeout":  # a number, for the client as for the call
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
    parsed = parser.parse_args(words, namespace=argparse.Namespace(debug=args.debug))
    arguments = {
        parameter.name: _value(getattr(parsed, parameter.name), str(parameter.annotation))
        for parameter in inspect.signature(node).parameters.values()
        if parameter.name not in OPTIONS and getattr(parsed, parameter.name) is not None
    }
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
