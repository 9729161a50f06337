"""Reading an answer's body: size cap, deadline, decompression. Pure: bytes in, bytes out.

The shells feed it what the transport streams; it imports no HTTP library.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping

from .errors import APITimeoutError, UnexpectedResponseError

__all__ = ["BodyReader"]


class BodyReader:
    """Collects a response body, refusing one over `limit` bytes or past the deadline.

    The shells feed it the raw bytes as they stream, so a huge body is never held in memory and
    a server that trickles bytes cannot stretch a request beyond its time budget. A gzip or
    deflate body (the client asks for none, but a proxy may send one) is decompressed here,
    `limit` bytes at most at a time, so a small compressed read cannot inflate into a large one.

    An error answer (status 300 and up) is judged by its status, not its body: a proxy's huge
    or oddly encoded 503 page is cut short (`feed` returns False: read no more) instead of
    turning a retryable failure into a final one.
    """

    def __init__(
        self,
        headers: Mapping[str, str],
        *,
        status_code: int,
        deadline: float,
        limit: int,
        host: str,
        method: str = "",
        path: str = "",
    ) -> None:
        self._headers = headers
        self._request = (method, path)
        self._status_code = status_code
        self._host = host
        self._deadline = deadline
        self._limit = limit
        self._lenient = status_code >= 300
        self._done = False
        self._chunks: list[bytes] = []
        self._size = 0
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            self._refuse(self._too_large(int(declared)))
        encoding = headers.get("content-encoding", "identity").strip().lower()
        self._decoder = None
        if encoding in ("gzip", "x-gzip", "deflate"):
            # wbits 47: gzip or zlib header, detected from the data.
            self._decoder = zlib.decompressobj(47)
        elif encoding not in ("identity", ""):
            self._refuse(
                self._unexpected(
                    f"the response is encoded as {encoding!r}, which this client does not decode"
                )
            )

    def feed(self, chunk: bytes, now: float) -> bool:
        """Add raw bytes; raise when the body grows too large or arrives too late.

        Returns whether to read on (False once an error answer's body was cut short).
        """
        if self._done:
            return False
        if now > self._deadline:
            raise APITimeoutError(
                f"{self._host} sent its answer too slowly", host=self._host, reached_server=True
            )
        if self._decoder is None:
            self._add(chunk)
            return not self._done
        try:
            while chunk and not self._done:
                self._add(self._decoder.decompress(chunk, self._limit - self._size + 1))
                chunk = self._decoder.unconsumed_tail
        except zlib.error as error:
            self._refuse(
                self._unexpected(f"the response body is not valid compressed data ({error})")
            )
        return not self._done

    @property
    def body(self) -> bytes:
        """Everything fed so far, decoded."""
        return b"".join(self._chunks)

    def _add(self, data: bytes) -> None:
        if self._size + len(data) > self._limit:
            self._refuse(self._too_large(self._size + len(data)))
            return
        self._size += len(data)
        self._chunks.append(data)

    def _refuse(self, error: UnexpectedResponseError) -> None:
        """Raise `error` for a success answer; for an error answer, stop reading instead."""
        if not self._lenient:
            raise error
        self._done = True

    def _too_large(self, size: int) -> UnexpectedResponseError:
        return self._unexpected(
            f"the response body is too large ({size} bytes or more, limit {self._limit}); "
            "refusing to read it"
        )

    def _unexpected(self, message: str) -> UnexpectedResponseError:
        method, path = self._request
        return UnexpectedResponseError(
            message, status_code=self._status_code, headers=self._headers, method=method, path=path
        )
