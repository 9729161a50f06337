"""`cp.deployments`: the generated Deployments resource, plus waiting for a revision.

As `_auth` does for `cp.auth`, `DeploymentsAPI` and `RevisionsAPI` (and their async twins)
subclass the generated resources, so every generated operation is there with the SDK's
guarantees, and add helpers beside them: `cp.deployments.revisions.wait` and
`cp.deployments.create_and_wait`. They call only the client's requester (the `_requester`
protocol), never the client.

What a revision answer means to a wait is read here (`RevisionWatch`); the policy that polls
and retries around it is `_policy.StatusPollPolicy`, and what each status means is
`_policy.revision_outcome`.
"""

from __future__ import annotations

import builtins
import functools
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from uuid import UUID

import attrs
from langsmith_control_plane_client.api import Operation, RequestOptions
from langsmith_control_plane_client.api.deployments import (
    GET_DEPLOYMENT,
    GET_REVISION,
    AsyncDeploymentsResource,
    AsyncDeploymentsRevisionsResource,
    DeploymentsResource,
    DeploymentsRevisionsResource,
)
from langsmith_control_plane_client.models import (
    Deployment,
    DeploymentCreateRequestSource,
    ListRevisionLogsOrder,
    ListRevisionLogsType,
    Revision,
    Secret,
    SecretReference,
    SourceConfigRequest,
    SourceRevisionConfigRequest,
)
from langsmith_control_plane_client.types import UNSET, Unset

from ._operations import check_extra_headers, decode_object, request_line, unexpected
from ._policy import (
    Reply,
    RevisionOutcome,
    StatusPollPolicy,
    failure_log_type,
    revision_outcome,
)
from ._requester import AsyncClientRequester, ClientRequester, LineFor, Road
from .errors import (
    ConfigurationError,
    ControlPlaneError,
    RevisionFailedError,
    RevisionWaitTimeoutError,
)

__all__ = [
    "AsyncDeploymentsAPI",
    "AsyncRevisionsAPI",
    "DeploymentsAPI",
    "RevisionWatch",
    "RevisionsAPI",
    "log_lines",
]

logger = logging.getLogger("langsmith_control_plane")

OnStatus = Callable[[str], object]


def check_id(name: str, value: object) -> str:
    """A deployment or revision id, checked before anything is sent."""
    if isinstance(value, UUID):
        return str(value)
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(f"{name} must be a non-empty string or a UUID, not {value!r}")
    return value


def log_lines(items: Sequence[Any]) -> list[str]:
    """Log entries as lines: each one's `message`, else its JSON."""
    lines = []
    for item in items:
        data = item.to_dict() if hasattr(item, "to_dict") else item
        message = data.get("message") if isinstance(data, dict) else None
        lines.append(message if isinstance(message, str) else json.dumps(data, default=str))
    return lines


class RevisionWatch:
    """What the answers of one revision's wait mean: the last one seen, each change of status
    told to `on_status`, a status this SDK does not know logged once."""

    def __init__(
        self,
        deployment_id: str,
        revision_id: str,
        on_status: OnStatus | None,
        secrets: frozenset[str],
    ) -> None:
        self.deployment_id = deployment_id
        self.revision_id = revision_id
        self.status: str | None = None
        self.revision: Revision | None = None
        self._on_status = on_status
        self._secrets = secrets
        self._unknown: set[str] = set()

    def look(self, reply: Reply) -> Revision | None:
        """The revision when its status is final, else None (look again)."""
        data = decode_object(reply, "Revision", self._secrets)
        status = data.get("status")
        if not isinstance(status, str) or not status:
            raise unexpected(reply, f"a revision without a status ({status!r})", self._secrets)
        outcome = revision_outcome(status)
        if outcome is not RevisionOutcome.UNKNOWN or status == "UNKNOWN":
            try:
                self.revision = Revision.from_dict(data)
            except (KeyError, ValueError, TypeError) as error:
                what = f"a revision the document does not allow ({type(error).__name__}: {error})"
                raise unexpected(reply, what, self._secrets) from None
        elif status not in self._unknown:
            self._unknown.add(status)
            logger.warning(
                "revision %s of deployment %s reported the status %r, which this SDK does not "
                "know; waiting on as if it were in progress",
                self.revision_id,
                self.deployment_id,
                status[:80],
            )
        if status != self.status:
            self.status = status
            if self._on_status is not None:
                self._on_status(status)
        if outcome in (RevisionOutcome.DEPLOYED, RevisionOutcome.FAILED):
            return self.revision
        return None

    def timed_out(self, timeout: float) -> ControlPlaneError:
        return RevisionWaitTimeoutError(
            deployment_id=self.deployment_id,
            revision_id=self.revision_id,
            timeout=timeout,
            status=self.status,
            revision=self.revision,
        )

    def failed(
        self, revision: Revision, logs: list[str], unread: str | None
    ) -> RevisionFailedError:
        return RevisionFailedError(
            deployment_id=self.deployment_id,
            revision_id=self.revision_id,
            status=str(revision.status),
            revision=revision,
            logs=logs,
            logs_unread=unread,
        )


@attrs.define
class _Wait:
    """One wait: its ids (the revision's read from the deployment when not given), headers,
    time budget and deadline."""

    deployment_id: str
    revision_id: str | None
    headers: dict[str, str]
    budget: float
    deadline: float


class _Plans:
    """How a wait is performed (shared by both APIs): one deadline for every request of it."""

    _road: Road

    def _deadline(self, timeout: float | None) -> float:
        return self._road.now() + self._road.deadline(timeout, self._road.config.timeout)

    def _left(self, deadline: float) -> float:
        return max(deadline - self._road.now(), 0.001)

    def _call_options(
        self, deadline: float, extra_headers: Mapping[str, str] | None
    ) -> RequestOptions:
        """One request's options within the wait's deadline."""
        budget = min(self._left(deadline), self._road.config.request_timeout)
        return RequestOptions(budget, extra_headers)

    def _latest(self, deployment: Deployment) -> str:
        latest = deployment.latest_revision_id
        if not isinstance(latest, UUID | str) or not str(latest):
            raise ConfigurationError(
                f"deployment {deployment.id} has no revision to wait for (latest_revision_id "
                "is empty); pass revision_id="
            )
        return str(latest)

    def _start(
        self,
        deployment_id: object,
        revision_id: object,
        timeout: float | None,
        extra_headers: Mapping[str, str] | None,
    ) -> _Wait:
        """A wait's arguments, checked before anything is sent, and its deadline."""
        budget = self._road.deadline(timeout, self._road.config.timeout)
        return _Wait(
            deployment_id=check_id("deployment_id", deployment_id),
            revision_id=None if revision_id is None else check_id("revision_id", revision_id),
            headers=check_extra_headers(extra_headers),
            budget=budget,
            deadline=self._road.now() + budget,
        )

    def _read_deployment(
        self, wait: _Wait
    ) -> tuple[Operation[Deployment], dict[str, Any], RequestOptions]:
        """The call that reads the deployment, for its latest revision."""
        options = self._call_options(wait.deadline, wait.headers)
        return GET_DEPLOYMENT, {"deployment_id": wait.deployment_id}, options

    def _watch(self, wait: _Wait, on_status: OnStatus | None) -> RevisionWatch:
        assert wait.revision_id is not None
        secrets = self._road.limits.secret_fields
        return RevisionWatch(wait.deployment_id, wait.revision_id, on_status, secrets)

    def _poll(
        self, watch: RevisionWatch, wait: _Wait
    ) -> tuple[StatusPollPolicy[Revision], LineFor]:
        road = self._road
        policy = StatusPollPolicy(
            watch.look,
            timed_out=lambda: watch.timed_out(wait.budget),
            timeout=self._left(wait.deadline),
            max_retries=road.config.max_retries,
            limits=road.limits,
        )
        line = request_line(
            GET_REVISION,
            {"deployment_id": watch.deployment_id, "revision_id": watch.revision_id},
            RequestOptions(extra_headers=wait.headers),
        )
        return policy, lambda send: line

    def _failure_logs(self, revision: Revision, wait: _Wait) -> dict[str, Any] | None:
        """None for a DEPLOYED revision; else the arguments of `logs.list` that read why it
        failed: its last lines."""
        status = str(revision.status)
        if revision_outcome(status) is RevisionOutcome.DEPLOYED:
            return None
        road = self._road
        # Past the deadline, the failure's logs still get `deadline_grace`: a failure with its
        # cause is worth the second.
        budget = max(wait.deadline - road.now(), road.limits.deadline_grace)
        return {
            "type_": ListRevisionLogsType(failure_log_type(status)),
            "order": ListRevisionLogsOrder.DESC,  # the last lines first: one page is enough
            "limit": road.limits.failure_log_lines,
            "timeout": min(budget, road.config.request_timeout),
            "extra_headers": wait.headers,
        }


class RevisionsAPI(DeploymentsRevisionsResource, _Plans):
    """`ControlPlane.deployments.revisions`: every revision operation, and `wait`."""

    _road: ClientRequester

    def __init__(self, requester: ClientRequester) -> None:
        super().__init__(requester)
        self._road = requester

    def wait(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str | None = None,
        *,
        timeout: float | None = None,
        on_status: OnStatus | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Revision:
        """Block until the revision is `DEPLOYED` and return it.

        `revision_id=None` waits for the deployment's `latest_revision_id`, read once when the
        wait starts (a revision made later is not followed). `timeout` is the deadline of the
        whole wait in seconds (default: the client's `timeout`); each look is a GET, retried
        as any other, and the looks back off with jitter (from about 1 s to 5 s apart).
        `on_status` is called with each new status (a `RevisionStatus`, or the server's word
        for a status this SDK does not know, which it waits on).

        Raises `RevisionFailedError` (with `.status`, `.revision` and `.logs`, the last lines
        of its build or deploy logs) when the revision ends in any other final status,
        `RevisionWaitTimeoutError` (with the last status and revision seen) when the deadline
        passes first, while the build goes on server-side, and the other `ControlPlaneError`s
        for failures that retrying cannot fix.
        """
        wait = self._start(deployment_id, revision_id, timeout, extra_headers)
        if wait.revision_id is None:
            wait.revision_id = self._latest(self._road.call(*self._read_deployment(wait)))
        watch = self._watch(wait, on_status)
        revision = self._road.run(*self._poll(watch, wait))
        failure_logs = self._failure_logs(revision, wait)
        if failure_logs is None:
            return revision
        try:
            page = self.logs.list(wait.deployment_id, wait.revision_id, **failure_logs)
        except ControlPlaneError as error:
            raise watch.failed(revision, [], error.message) from None
        raise watch.failed(revision, log_lines(page.items)[::-1], None)


class AsyncRevisionsAPI(AsyncDeploymentsRevisionsResource, _Plans):
    """`AsyncControlPlane.deployments.revisions`: every revision operation, and `wait`."""

    _road: AsyncClientRequester

    def __init__(self, requester: AsyncClientRequester) -> None:
        super().__init__(requester)
        self._road = requester

    async def wait(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str | None = None,
        *,
        timeout: float | None = None,
        on_status: OnStatus | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Revision:
        """Wait until the revision is `DEPLOYED` and return it; see
        `ControlPlane.deployments.revisions.wait`."""
        wait = self._start(deployment_id, revision_id, timeout, extra_headers)
        if wait.revision_id is None:
            wait.revision_id = self._latest(await self._road.call(*self._read_deployment(wait)))
        watch = self._watch(wait, on_status)
        revision = await self._road.run(*self._poll(watch, wait))
        failure_logs = self._failure_logs(revision, wait)
        if failure_logs is None:
            return revision
        try:
            page = await self.logs.list(wait.deployment_id, wait.revision_id, **failure_logs)
        except ControlPlaneError as error:
            raise watch.failed(revision, [], error.message) from None
        raise watch.failed(revision, log_lines(page.items)[::-1], None)


def _revision_of(created: Deployment) -> str | None:
    latest = created.latest_revision_id
    return str(latest) if isinstance(latest, UUID | str) and str(latest) else None


class DeploymentsAPI(DeploymentsResource, _Plans):
    """`ControlPlane.deployments`: every Deployments operation, `create_and_wait`, and
    `revisions.wait`."""

    _road: ClientRequester

    def __init__(self, requester: ClientRequester) -> None:
        super().__init__(requester)
        self._road = requester

    @functools.cached_property
    def revisions(self) -> RevisionsAPI:
        """`cp.deployments.revisions`, with `wait`."""
        return RevisionsAPI(self._road)

    def create_and_wait(
        self,
        *,
        name: str,
        source: DeploymentCreateRequestSource,
        source_config: SourceConfigRequest,
        source_revision_config: SourceRevisionConfigRequest,
        secrets: builtins.list[Secret],
        secret_references: builtins.list[SecretReference] | Unset | None = UNSET,
        shareable: bool | Unset = False,
        route_through_gateway: bool | Unset = False,
        on_status: OnStatus | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """The quick start in one call: `create` (with every one of its arguments), then
        `revisions.wait` for its first revision; returns the deployment, read again once that
        revision is `DEPLOYED`.

        `timeout` bounds the whole call, in seconds (default: the client's `timeout`); the
        create itself is sent again only when it provably never reached the server. Raises what
        `create` and `revisions.wait` raise: a `RevisionFailedError` names the deployment
        (`.deployment_id`), which exists, to update or delete.
        """
        deadline = self._deadline(timeout)
        created = self.create(
            name=name,
            source=source,
            source_config=source_config,
            source_revision_config=source_revision_config,
            secrets=secrets,
            secret_references=secret_references,
            shareable=shareable,
            route_through_gateway=route_through_gateway,
            timeout=self._call_options(deadline, None).timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        self.revisions.wait(
            created.id,
            _revision_of(created),
            timeout=self._left(deadline),
            on_status=on_status,
            extra_headers=extra_headers,
        )
        return self.retrieve(
            created.id,
            timeout=self._call_options(deadline, None).timeout,
            extra_headers=extra_headers,
        )


class AsyncDeploymentsAPI(AsyncDeploymentsResource, _Plans):
    """`AsyncControlPlane.deployments`: every Deployments operation, `create_and_wait`, and
    `revisions.wait`."""

    _road: AsyncClientRequester

    def __init__(self, requester: AsyncClientRequester) -> None:
        super().__init__(requester)
        self._road = requester

    @functools.cached_property
    def revisions(self) -> AsyncRevisionsAPI:
        """`cp.deployments.revisions`, with `wait`."""
        return AsyncRevisionsAPI(self._road)

    async def create_and_wait(
        self,
        *,
        name: str,
        source: DeploymentCreateRequestSource,
        source_config: SourceConfigRequest,
        source_revision_config: SourceRevisionConfigRequest,
        secrets: builtins.list[Secret],
        secret_references: builtins.list[SecretReference] | Unset | None = UNSET,
        shareable: bool | Unset = False,
        route_through_gateway: bool | Unset = False,
        on_status: OnStatus | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """Create, wait until deployed, return the deployment; see
        `ControlPlane.deployments.create_and_wait`."""
        deadline = self._deadline(timeout)
        created = await self.create(
            name=name,
            source=source,
            source_config=source_config,
            source_revision_config=source_revision_config,
            secrets=secrets,
            secret_references=secret_references,
            shareable=shareable,
            route_through_gateway=route_through_gateway,
            timeout=self._call_options(deadline, None).timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
        await self.revisions.wait(
            created.id,
            _revision_of(created),
            timeout=self._left(deadline),
            on_status=on_status,
            extra_headers=extra_headers,
        )
        return await self.retrieve(
            created.id,
            timeout=self._call_options(deadline, None).timeout,
            extra_headers=extra_headers,
        )
