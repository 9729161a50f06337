"""The emulator's Deployments (v2) and Listeners (v2) services: deployments with a revision
lifecycle and logs, and listeners.

A revision advances `CREATING -> QUEUED -> BUILDING -> DEPLOYING -> DEPLOYED` by itself, each
in-progress status lasting `revision_step` seconds. Its status is worked out from the clock
whenever it is read, so nothing runs in the background and nothing can race a reader. A failure
armed with `fail_next_revision` makes the next revision stop at its build (`BUILD_FAILED`) or
deploy (`DEPLOY_FAILED`) with the given log lines. Plain Python, no FastAPI: the handlers answer
plain values, which the document shapes (`_document.py`).
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from langsmith_control_plane.testing._services import Answer, Handler, Params, Payload, ServiceError

Phase = Literal["build", "deploy"]

IN_PROGRESS = ("CREATING", "QUEUED", "BUILDING", "DEPLOYING")
"""A revision's in-progress statuses, in order; each lasts `revision_step` seconds."""

# Where a failure stops the lifecycle: the status it fails in, and the one it ends with.
_FAILS = {"build": ("BUILDING", "BUILD_FAILED"), "deploy": ("DEPLOYING", "DEPLOY_FAILED")}

# What the emulator answers for a secret's value: it keeps no secret (as for providers).
MASKED = "********"


@dataclass(frozen=True)
class PlannedFailure:
    """A failure armed for a deployment's next revision (or any deployment's, when None)."""

    deployment_id: str | None
    phase: Phase
    logs: tuple[str, ...]


@dataclass
class _Revision:
    id: str
    source: str
    source_revision_config: dict[str, Any]
    created_at: datetime
    started: float  # the clock's reading when it was created
    failure: PlannedFailure | None = None

    def steps(self) -> tuple[str, ...]:
        """Its statuses in order, the terminal one last."""
        if self.failure is None:
            return (*IN_PROGRESS, "DEPLOYED")
        failing, failed = _FAILS[self.failure.phase]
        return (*IN_PROGRESS[: IN_PROGRESS.index(failing) + 1], failed)


@dataclass
class _Deployment:
    fields: dict[str, Any]
    revisions: list[_Revision] = field(default_factory=list)


class Deployments:
    """Deployments, their revisions and logs; every method is safe from any thread."""

    def __init__(
        self,
        workspace_id: str,
        revision_step: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if revision_step < 0:
            raise ValueError("revision_step must be 0 or more seconds")
        self.revision_step = revision_step
        self._tenant = str(uuid.uuid5(uuid.NAMESPACE_URL, f"emulator:{workspace_id}"))
        self._clock = clock
        self._lock = threading.Lock()
        self._deployments: dict[str, _Deployment] = {}
        self._failures: list[PlannedFailure] = []

    def handlers(self) -> Mapping[str, Handler]:
        """The Deployments (v2) operations, by the SDK's names."""
        return {
            "list_deployments": self.list_deployments,
            "create_deployment": self.create_deployment,
            "delete_deployments": self.delete_deployments,
            "get_deployment": self.get_deployment,
            "patch_deployment": self.patch_deployment,
            "delete_deployment": self.delete_deployment,
            "patch_deployment_tier": self.patch_tiers,
            "patch_deployment_resource_tiers": self.patch_tiers,
            "get_free_deployment_count": self.free_count,
            "list_revisions": self.list_revisions,
            "get_revision": self.get_revision,
            "redeploy_revision": self.redeploy_revision,
            "list_revision_logs": self.revision_logs,
            "list_deployment_log_entries": self.deployment_logs,
        }

    def fail_next_revision(
        self, deployment_id: str | None, phase: Phase, logs: list[str] | tuple[str, ...]
    ) -> PlannedFailure:
        """Make the next revision of `deployment_id` (None: of any deployment, a deployment
        created next included) fail at `phase` with `logs` as its last log lines."""
        if phase not in _FAILS:
            raise ValueError(f"phase must be 'build' or 'deploy', not {phase!r}")
        failure = PlannedFailure(deployment_id, phase, tuple(str(line) for line in logs))
        with self._lock:
            if deployment_id is not None and deployment_id not in self._deployments:
                raise KeyError(f"no deployment {deployment_id!r}")
            self._failures.append(failure)
        return failure

    # Deployments.

    def create_deployment(self, params: Params, body: Payload) -> Answer:
        with self._lock:
            taken = {d.fields["name"] for d in self._deployments.values()}
            if body["name"] in taken:
                raise ServiceError(409, f"a deployment named {body['name']!r} already exists")
            now = _now()
            deployment_id = str(uuid.uuid4())
            fields = {
                **{k: v for k, v in body.items() if k not in ("secrets", "source_revision_config")},
                "id": deployment_id,
                "tenant_id": self._tenant,
                "created_at": now,
                "updated_at": now,
                "status": "READY",
                "url": f"https://{_slug(body['name'])}-{deployment_id[:8]}.emulator.invalid",
                "secrets": _masked(body.get("secrets")),
            }
            deployment = _Deployment(fields)
            self._deployments[deployment_id] = deployment
            self._new_revision(deployment, body.get("source_revision_config") or {})
            return 201, self._answer(deployment)

    def list_deployments(self, params: Params, body: Payload) -> Answer:
        with self._lock:
            found = [self._answer(d) for d in self._deployments.values()]
        ids = params.get("deployment_ids")
        wanted: dict[str, Callable[[dict[str, Any]], bool]] = {
            "name_contains": lambda d: str(params["name_contains"]) in d["name"],
            "name": lambda d: d["name"] == params["name"],
            "url": lambda d: d.get("url") == params["url"],
            "status": lambda d: d["status"] in str(params["status"]).split(","),
            "image_version": lambda d: d.get("image_version") == params["image_version"],
            "deployment_type": lambda d: (
                (d.get("source_config") or {}).get("deployment_type") == params["deployment_type"]
            ),
            "deployment_ids": lambda d: d["id"] in str(ids).split(","),
        }
        for name, keep in wanted.items():
            if params.get(name) is not None:
                found = [d for d in found if keep(d)]
        return 200, _page(found, params)

    def get_deployment(self, params: Params, body: Payload) -> Answer:
        with self._lock:
            return 200, self._answer(self._find(params["deployment_id"]))

    def patch_deployment(self, params: Params, body: Payload) -> Answer:
        with self._lock:
            deployment = self._find(params["deployment_id"])
            changes = {k: v for k, v in body.items() if v is not None}
            revision_config = changes.pop("source_revision_config", None)
            revision_source = changes.pop("revision_source", None)
            if "secrets" in changes:
                changes["secrets"] = _masked(changes["secrets"])
            if "source_config" in changes:
                merged = dict(deployment.fields.get("source_config") or {})
                merged.update({k: v for k, v in changes["source_config"].items() if v is not None})
                changes["source_config"] = merged
            deployment.fields |= changes | {"updated_at": _now()}
            # A new revision, as the document says, when what it is built from changes.
            if revision_config is not None or {"source_config", "secrets"} & changes.keys():
                latest = deployment.revisions[-1].source_revision_config
                config = {**latest, **{k: v for k, v in (revision_config or {}).items() if v}}
                self._new_revision(deployment, config, revision_source)
            return 200, self._answer(deployment)

    def patch_tiers(self, params: Params, body: Payload) -> Answer:
        with self._lock:
            deployment = self._find(params["deployment_id"])
            changes = {k: v for k, v in body.items() if v is not None}
            deployment.fields |= changes | {"updated_at": _now()}
            return 200, self._answer(deployment)

    def delete_deployment(self, params: Params, body: Payload) -> Answer:
        with self._lock:
            self._find(params["deployment_id"])
            del self._deployments[params["deployment_id"]]
        return 204, None

    def delete_deployments(self, params: Params, body: Payload) -> Answer:
        ids: list[str] = params["deployment_ids"]
        with self._lock:
            for deployment_id in ids:
                self._find(deployment_id)  # all or nothing
            for deployment_id in ids:
                self._deployments.pop(deployment_id, None)
        return 200, {"deleted": ids}

    def free_count(self, params: Params, body: Payload) -> Answer:
        with self._lock:
            free = [
                d
                for d in self._deployments.values()
                if (d.fields.get("source_config") or {}).get("deployment_type")
                in ("dev_free", "dev_free_zero")
            ]
        return 200, {"count": len(free)}

    # Revisions.

    def list_revisions(self, params: Params, body: Payload) -> Answer:
        with self._lock:
            deployment = self._find(params["deployment_id"])
            found = [self._revision_answer(r) for r in reversed(deployment.revisions)]
        if params.get("status") is not None:
            found = [r for r in found if r["status"] in str(params["status"]).split(",")]
        return 200, _page(found, params)

    def get_revision(self, params: Params, body: Payload) -> Answer:
        with self._lock:
            revision = self._find_revision(params["deployment_id"], params["revision_id"])
            return 200, self._revision_answer(revision)

    def redeploy_revision(self, params: Params, body: Payload) -> Answer:
        with self._lock:
            deployment = self._find(params["deployment_id"])
            revision = self._find_revision(params["deployment_id"], params["revision_id"])
            self._new_revision(deployment, dict(revision.source_revision_config), revision.source)
            return 200, self._answer(deployment)

    # Logs.

    def revision_logs(self, params: Params, body: Payload) -> Answer:
        """A revision's build or deploy log lines, `limit` at a time; `next_offset` is the
        opaque offset of the next page, null on the last."""
        with self._lock:
            revision = self._find_revision(params["deployment_id"], params["revision_id"])
            lines = self._logs(revision, params["type"])
        lines = _filtered(lines, params)
        if params.get("order") == "desc":
            lines.reverse()
        start = _offset(params.get("offset"))
        limit = int(params.get("limit") or 50)
        page = lines[start : start + limit]
        more = start + limit < len(lines)
        return 200, {"logs": page, "next_offset": str(start + limit) if more else None}

    def deployment_logs(self, params: Params, body: Payload) -> Answer:
        """A deployment's build or deploy log entries (one revision's, or all of them), a page
        of `page_size` at a time; `next_cursor` is opaque, null on the last page."""
        kind = "build" if params.get("log_type") == "BUILD" else "deploy"
        wanted = params.get("revision_id")
        with self._lock:
            # No 404 here: the document lists none; an unknown id has no entries.
            deployment = self._deployments.get(str(params["deployment_id"]))
            revisions = deployment.revisions if deployment is not None else []
            chosen = [r for r in revisions if wanted is None or r.id == str(wanted)]
            lines = [line for r in chosen for line in self._logs(r, kind)]
        lines = _filtered(lines, params)
        if params.get("sort_order") == "desc":
            lines.reverse()
        start = _offset(params.get("cursor"))
        size = int(params.get("page_size") or 20)
        more = start + size < len(lines)
        return 200, {
            "items": lines[start : start + size],
            "next_cursor": str(start + size) if more else None,
        }

    # Inside the lock.

    def _find(self, deployment_id: str) -> _Deployment:
        deployment = self._deployments.get(str(deployment_id))
        if deployment is None:
            raise ServiceError(404, f"Deployment {deployment_id} not found")
        return deployment

    def _find_revision(self, deployment_id: str, revision_id: str) -> _Revision:
        for revision in self._find(deployment_id).revisions:
            if revision.id == str(revision_id):
                return revision
        raise ServiceError(404, f"Revision {revision_id} not found")

    def _new_revision(
        self, deployment: _Deployment, config: dict[str, Any], source: str | None = None
    ) -> _Revision:
        deployment_id = deployment.fields["id"]
        failure = next(
            (f for f in self._failures if f.deployment_id in (None, deployment_id)), None
        )
        if failure is not None:
            self._failures.remove(failure)
        revision = _Revision(
            id=str(uuid.uuid4()),
            source=source or deployment.fields["source"],
            source_revision_config=config,
            created_at=_now(),
            started=self._clock(),
            failure=failure,
        )
        deployment.revisions.append(revision)
        return revision

    def _progress(self, revision: _Revision) -> int:
        """How many steps of its lifecycle the revision has taken: its status's index."""
        steps = revision.steps()
        if self.revision_step == 0:
            return len(steps) - 1
        taken = int((self._clock() - revision.started) / self.revision_step)
        return min(taken, len(steps) - 1)

    def _status(self, revision: _Revision) -> str:
        return revision.steps()[self._progress(revision)]

    def _revision_answer(self, revision: _Revision) -> dict[str, Any]:
        progress = self._progress(revision)
        updated = revision.created_at + timedelta(seconds=progress * self.revision_step)
        return {
            "id": revision.id,
            "created_at": revision.created_at.isoformat(),
            "updated_at": updated.isoformat(),
            "status": revision.steps()[progress],
            "source": revision.source,
            "source_revision_config": revision.source_revision_config,
        }

    def _answer(self, deployment: _Deployment) -> dict[str, Any]:
        deployed = [r for r in deployment.revisions if self._status(r) == "DEPLOYED"]
        fields = dict(deployment.fields)
        for key in ("created_at", "updated_at"):
            fields[key] = fields[key].isoformat()
        return fields | {
            "latest_revision_id": deployment.revisions[-1].id if deployment.revisions else None,
            "active_revision_id": deployed[-1].id if deployed else None,
            "source_revision_config": (
                deployment.revisions[-1].source_revision_config if deployment.revisions else {}
            ),
        }

    def _logs(self, revision: _Revision, kind: str) -> list[dict[str, Any]]:
        """The log lines the revision has written so far, of `kind` (build or deploy)."""
        progress = self._progress(revision)
        steps = revision.steps()
        reached = set(steps[: progress + 1])

        def line(offset: int, message: str, level: str = "INFO") -> dict[str, Any]:
            at = revision.created_at + timedelta(seconds=offset * self.revision_step)
            return {"timestamp": at.isoformat(), "level": level, "message": message}

        lines: list[dict[str, Any]] = []
        if kind == "build" and "BUILDING" in reached:
            lines.append(line(2, f"Building revision {revision.id}"))
            if "DEPLOYING" in reached:
                lines.append(line(3, "Build succeeded"))
        if kind == "deploy" and "DEPLOYING" in reached:
            lines.append(line(3, f"Deploying revision {revision.id}"))
            if "DEPLOYED" in reached:
                lines.append(line(4, "Deployment is live"))
        failure = revision.failure
        if failure is not None and progress == len(steps) - 1 and failure.phase == kind:
            lines += [line(len(steps) - 1, message, "ERROR") for message in failure.logs]
        return lines


class Listeners:
    """Listeners; every method is safe from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: dict[str, dict[str, Any]] = {}

    def handlers(self) -> Mapping[str, Handler]:
        """The Listeners (v2) operations, by the SDK's names."""
        return {
            "list_listeners": self.list_listeners,
            "create_listener": self.create_listener,
            "get_listener": self.get_listener,
            "patch_listener": self.patch_listener,
            "delete_listener": self.delete_listener,
        }

    def list_listeners(self, params: Params, body: Payload) -> Answer:
        with self._lock:
            return 200, _page(list(self._listeners.values()), params)

    def create_listener(self, params: Params, body: Payload) -> Answer:
        with self._lock:
            if any(x["compute_id"] == body["compute_id"] for x in self._listeners.values()):
                raise ServiceError(409, f"a listener for {body['compute_id']!r} already exists")
            now = _now().isoformat()
            listener = {**body, "id": str(uuid.uuid4()), "created_at": now, "updated_at": now}
            self._listeners[listener["id"]] = listener
            return 201, listener

    def get_listener(self, params: Params, body: Payload) -> Answer:
        with self._lock:
            return 200, self._find(params["listener_id"])

    def patch_listener(self, params: Params, body: Payload) -> Answer:
        with self._lock:
            listener = self._find(params["listener_id"])
            listener |= {k: v for k, v in body.items() if v is not None}
            listener["updated_at"] = _now().isoformat()
            return 200, listener

    def delete_listener(self, params: Params, body: Payload) -> Answer:
        with self._lock:
            self._find(params["listener_id"])
            del self._listeners[str(params["listener_id"])]
        return 204, None

    def _find(self, listener_id: str) -> dict[str, Any]:
        listener = self._listeners.get(str(listener_id))
        if listener is None:
            raise ServiceError(404, f"Listener {listener_id} not found")
        return listener


def _now() -> datetime:
    return datetime.now(UTC)


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")[:40] or "deployment"


def _masked(secrets: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    return [{"name": s["name"], "value": MASKED} for s in secrets or ()]


def _page(found: list[dict[str, Any]], params: Params) -> dict[str, Any]:
    """A `{resources, offset}` page: `offset` is where the next page starts."""
    offset, limit = int(params.get("offset") or 0), int(params.get("limit") or 20)
    page = found[offset : offset + limit]
    return {"resources": page, "offset": offset + len(page)}


def _offset(cursor: object) -> int:
    text = str(cursor) if cursor is not None else "0"
    return int(text) if text.isdigit() else 0


def _filtered(lines: list[dict[str, Any]], params: Params) -> list[dict[str, Any]]:
    if params.get("level") is not None:
        lines = [x for x in lines if x["level"] == params["level"]]
    if params.get("query") is not None:
        lines = [x for x in lines if str(params["query"]) in x["message"]]
    return lines
