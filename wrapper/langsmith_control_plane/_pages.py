"""What a list call returns (pages that iterate every item) and a raw answer.

A list operation's answers page in one of the styles `Paging` describes, read from the document
at generation. A page holds one answer and fetches the next through the requester, so every
page fetch is one ordinary call, with every guarantee (retries, deadline, typed errors). Where
the answer allows it (a short page, no cursor) the end is found without asking for an empty
page. They implement the protocols of the generated `api` package (`SyncPage`, `AsyncPage`,
`AsyncPager`, `RawResponse`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from typing import Any, Generic, TypeVar

import httpx
from langsmith_control_plane_client.api import Operation, Paging
from langsmith_control_plane_client.types import Unset

from ._policy import Reply
from .errors import ConfigurationError, UnexpectedResponseError, request_id_of

__all__ = ["AsyncPage", "AsyncPager", "RawResponse", "SyncPage"]

T = TypeVar("T")
Arguments = Mapping[str, Any]


def _paging(operation: Operation[Any]) -> Paging:
    if operation.paging is None:
        raise TypeError(f"{operation.name} does not page")
    return operation.paging


def next_arguments(
    operation: Operation[Any], arguments: Arguments, answer: object, items: list[Any]
) -> dict[str, Any] | None:
    """The arguments of the page after `answer`, or None when it was the last."""
    paging = _paging(operation)
    position = getattr(answer, paging.next, None)
    if paging.style == "offset":
        limit = arguments.get("limit")
        size = limit if isinstance(limit, int) and not isinstance(limit, bool) else paging.limit
        if not items or len(items) < size:
            return None  # a short page is the last
        current = arguments.get(paging.param)
        current = current if isinstance(current, int) else 0
        if not isinstance(position, int) or position <= current:
            # langgraph-cli refuses such a server too: paging on would repeat the page forever.
            raise UnexpectedResponseError(
                f"the control plane answered {operation.name} with offset {position!r} after "
                f"a full page at offset {current}: it does not page, so the list stops here",
                status_code=200,
            )
    elif isinstance(position, Unset) or not position:
        return None
    elif position == arguments.get(paging.param):
        # The same position again would fetch the same page forever.
        raise UnexpectedResponseError(
            f"the control plane answered {operation.name} with {paging.next} {position!r}, the "
            "position of the page it answered: it does not page, so the list stops here",
            status_code=200,
        )
    return {**arguments, paging.param: position}


def _last_page(operation: Operation[Any]) -> ConfigurationError:
    return ConfigurationError(
        f"this is the last page of {operation.name}: check has_next_page() before next_page()"
    )


def _items(operation: Operation[Any], answer: object) -> list[Any]:
    return list(getattr(answer, _paging(operation).items))


class SyncPage(Generic[T]):
    """One page of a list. Iterating it yields every item of this page and the next ones;
    `.pages` yields this page and the next ones; `next_page()` fetches one."""

    def __init__(
        self,
        operation: Operation[Any],
        arguments: Arguments,
        answer: object,
        fetch: Callable[[Arguments], object],
    ) -> None:
        self._operation = operation
        self._fetch = fetch
        self.answer = answer
        """The page's answer, the document's model."""
        self.items: list[T] = _items(operation, answer)
        self._next = next_arguments(operation, arguments, answer, self.items)

    @classmethod
    def first(
        cls,
        operation: Operation[Any],
        arguments: Arguments,
        fetch: Callable[[Arguments], object],
    ) -> SyncPage[T]:
        return cls(operation, arguments, fetch(arguments), fetch)

    def has_next_page(self) -> bool:
        return self._next is not None

    def next_page(self) -> SyncPage[T]:
        if self._next is None:
            raise _last_page(self._operation)
        return SyncPage.first(self._operation, self._next, self._fetch)

    @property
    def pages(self) -> Iterator[SyncPage[T]]:
        page = self
        yield page
        while page.has_next_page():
            page = page.next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.pages:
            yield from page.items

    def __repr__(self) -> str:
        return f"SyncPage({self._operation.name}, {len(self.items)} items)"


class AsyncPage(Generic[T]):
    """One page of an async list: `async for` yields every item of this page and the next."""

    def __init__(
        self,
        operation: Operation[Any],
        arguments: Arguments,
        answer: object,
        fetch: Callable[[Arguments], Awaitable[object]],
    ) -> None:
        self._operation = operation
        self._fetch = fetch
        self.answer = answer
        """The page's answer, the document's model."""
        self.items: list[T] = _items(operation, answer)
        self._next = next_arguments(operation, arguments, answer, self.items)

    @classmethod
    async def first(
        cls,
        operation: Operation[Any],
        arguments: Arguments,
        fetch: Callable[[Arguments], Awaitable[object]],
    ) -> AsyncPage[T]:
        return cls(operation, arguments, await fetch(arguments), fetch)

    def has_next_page(self) -> bool:
        return self._next is not None

    async def next_page(self) -> AsyncPage[T]:
        if self._next is None:
            raise _last_page(self._operation)
        return await AsyncPage.first(self._operation, self._next, self._fetch)

    @property
    def pages(self) -> AsyncIterator[AsyncPage[T]]:
        return self._pages()

    async def _pages(self) -> AsyncIterator[AsyncPage[T]]:
        page = self
        yield page
        while page.has_next_page():
            page = await page.next_page()
            yield page

    def __aiter__(self) -> AsyncIterator[T]:
        return self._all()

    async def _all(self) -> AsyncIterator[T]:
        async for page in self._pages():
            for item in page.items:
                yield item

    def __repr__(self) -> str:
        return f"AsyncPage({self._operation.name}, {len(self.items)} items)"


class AsyncPager(Generic[T]):
    """An async list call, not sent yet: await it for the first page, or `async for` over
    every item of every page."""

    def __init__(
        self,
        operation: Operation[Any],
        arguments: Arguments,
        fetch: Callable[[Arguments], Awaitable[object]],
    ) -> None:
        self._operation = operation
        self._arguments = arguments
        self._fetch = fetch

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        first = AsyncPage[T].first(self._operation, self._arguments, self._fetch)
        return first.__await__()

    def __aiter__(self) -> AsyncIterator[T]:
        return self._all()

    async def _all(self) -> AsyncIterator[T]:
        page: AsyncPage[T] = await self
        async for item in page:
            yield item


class RawResponse(Generic[T]):
    """An answer as it came, after every guarantee of the call (retries, deadline, typed
    errors for a failure); `parse()` reads it as the parsed call would."""

    def __init__(self, reply: Reply, parse: Callable[[Reply], T]) -> None:
        self._reply = reply
        self._parse = parse
        self.status_code = reply.status_code
        self.headers = httpx.Headers(dict(reply.headers))
        self.content = reply.body
        self.request_id = request_id_of(self.headers)

    def parse(self) -> T:
        return self._parse(self._reply)

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, request_id={self.request_id!r})"
