"""Contains endpoint functions for accessing the API, and this tag's resource"""

from __future__ import annotations

import builtins
import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

import httpx

from ...models.deployment import Deployment
from ...models.deployment_create_request import DeploymentCreateRequest
from ...models.deployment_create_request_source import DeploymentCreateRequestSource
from ...models.deployment_patch_request import DeploymentPatchRequest
from ...models.deployment_patch_request_revision_source_type_0 import (
    DeploymentPatchRequestRevisionSourceType0,
)
from ...models.deployments_list import DeploymentsList
from ...models.http_validation_error import HTTPValidationError
from ...models.list_deployments_deployment_type_type_0 import (
    ListDeploymentsDeploymentTypeType0,
)
from ...models.revision import Revision
from ...models.revisions_list import RevisionsList
from ...models.secret import Secret
from ...models.secret_reference import SecretReference
from ...models.source_config_request import SourceConfigRequest
from ...models.source_revision_config_request import SourceRevisionConfigRequest
from ...types import UNSET, File, Unset
from .. import (
    AsyncPager,
    AsyncRequester,
    Operation,
    Paging,
    Param,
    RawResponse,
    Requester,
    RequestOptions,
    SyncPage,
)
from . import create_deployment as _create_deployment
from . import delete_deployment as _delete_deployment
from . import delete_deployments as _delete_deployments
from . import get_deployment as _get_deployment
from . import get_revision as _get_revision
from . import list_deployments as _list_deployments
from . import list_revisions as _list_revisions
from . import patch_deployment as _patch_deployment
from . import redeploy_revision as _redeploy_revision

if TYPE_CHECKING:
    from ...models import Deployment, Revision


def _request_list_deployments(a: Mapping[str, Any]) -> dict[str, Any]:
    return _list_deployments._get_kwargs(
        limit=a["limit"],
        offset=a["offset"],
        name_contains=a["name_contains"],
        status=a["status"],
        remote_reconciled=a["remote_reconciled"],
        tag_value_ids=a["tag_value_ids"],
        image_version=a["image_version"],
        deployment_type=a["deployment_type"],
        deployment_ids=a["deployment_ids"],
    )


def _parse_list_deployments(response: httpx.Response) -> DeploymentsList:
    response_200 = DeploymentsList.from_dict(response.json())

    return response_200


LIST_DEPLOYMENTS: Operation[DeploymentsList] = Operation(
    name="list_deployments",
    method="GET",
    path="/v2/deployments",
    params=(
        Param(
            keyword="limit",
            name="limit",
            location="query",
            accepts=(int,),
            required=False,
        ),
        Param(
            keyword="offset",
            name="offset",
            location="query",
            accepts=(int,),
            required=False,
        ),
        Param(
            keyword="name_contains",
            name="name_contains",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="status",
            name="status",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="remote_reconciled",
            name="remote_reconciled",
            location="query",
            accepts=(
                bool,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="tag_value_ids",
            name="tag_value_ids",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="image_version",
            name="image_version",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="deployment_type",
            name="deployment_type",
            location="query",
            accepts=(
                ListDeploymentsDeploymentTypeType0,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="deployment_ids",
            name="deployment_ids",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_list_deployments,
    parse=_parse_list_deployments,
    summary="List Deployments",
    paging=Paging(
        style="offset",
        items="resources",
        next="offset",
        param="offset",
        limit=20,
    ),
)


def _request_create_deployment(a: Mapping[str, Any]) -> dict[str, Any]:
    return _create_deployment._get_kwargs(
        body=DeploymentCreateRequest(
            name=a["name"],
            source=a["source"],
            source_config=a["source_config"],
            source_revision_config=a["source_revision_config"],
            secrets=a["secrets"],
            secret_references=a["secret_references"],
        ),
    )


def _parse_create_deployment(response: httpx.Response) -> Deployment:
    response_201 = Deployment.from_dict(response.json())

    return response_201


CREATE_DEPLOYMENT: Operation[Deployment] = Operation(
    name="create_deployment",
    method="POST",
    path="/v2/deployments",
    params=(
        Param(
            keyword="name",
            name="name",
            location="body",
            accepts=(str,),
            required=True,
        ),
        Param(
            keyword="source",
            name="source",
            location="body",
            accepts=(DeploymentCreateRequestSource,),
            required=True,
        ),
        Param(
            keyword="source_config",
            name="source_config",
            location="body",
            accepts=(SourceConfigRequest,),
            required=True,
        ),
        Param(
            keyword="source_revision_config",
            name="source_revision_config",
            location="body",
            accepts=(SourceRevisionConfigRequest,),
            required=True,
        ),
        Param(
            keyword="secrets",
            name="secrets",
            location="body",
            accepts=(list,),
            required=True,
        ),
        Param(
            keyword="secret_references",
            name="secret_references",
            location="body",
            accepts=(
                list,
                type(None),
            ),
            required=False,
        ),
    ),
    success=(201,),
    request=_request_create_deployment,
    parse=_parse_create_deployment,
    summary="Create Deployment",
)


def _request_delete_deployments(a: Mapping[str, Any]) -> dict[str, Any]:
    return _delete_deployments._get_kwargs(
        deployment_ids=a["deployment_ids"],
    )


def _parse_delete_deployments(response: httpx.Response) -> Any:
    return cast(Any, response.json())


DELETE_DEPLOYMENTS: Operation[Any] = Operation(
    name="delete_deployments",
    method="DELETE",
    path="/v2/deployments",
    params=(
        Param(
            keyword="deployment_ids",
            name="deployment_ids",
            location="query",
            accepts=(list,),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_delete_deployments,
    parse=_parse_delete_deployments,
    summary="Delete Deployments",
)


def _request_get_deployment(a: Mapping[str, Any]) -> dict[str, Any]:
    return _get_deployment._get_kwargs(
        deployment_id=a["deployment_id"],
    )


def _parse_get_deployment(response: httpx.Response) -> Deployment:
    response_200 = Deployment.from_dict(response.json())

    return response_200


GET_DEPLOYMENT: Operation[Deployment] = Operation(
    name="get_deployment",
    method="GET",
    path="/v2/deployments/{deployment_id}",
    params=(
        Param(
            keyword="deployment_id",
            name="deployment_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_get_deployment,
    parse=_parse_get_deployment,
    summary="Get Deployment",
)


def _request_delete_deployment(a: Mapping[str, Any]) -> dict[str, Any]:
    return _delete_deployment._get_kwargs(
        deployment_id=a["deployment_id"],
        delete_tracing_project=a["delete_tracing_project"],
    )


def _parse_delete_deployment(response: httpx.Response) -> None:
    return None


DELETE_DEPLOYMENT: Operation[None] = Operation(
    name="delete_deployment",
    method="DELETE",
    path="/v2/deployments/{deployment_id}",
    params=(
        Param(
            keyword="deployment_id",
            name="deployment_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
        Param(
            keyword="delete_tracing_project",
            name="delete_tracing_project",
            location="query",
            accepts=(bool,),
            required=False,
        ),
    ),
    success=(204,),
    request=_request_delete_deployment,
    parse=_parse_delete_deployment,
    summary="Delete Deployment",
)


def _request_patch_deployment(a: Mapping[str, Any]) -> dict[str, Any]:
    return _patch_deployment._get_kwargs(
        deployment_id=a["deployment_id"],
        body=DeploymentPatchRequest(
            revision_source=a["revision_source"],
            source_config=a["source_config"],
            source_revision_config=a["source_revision_config"],
            secrets=a["secrets"],
            secret_references=a["secret_references"],
        ),
    )


def _parse_patch_deployment(response: httpx.Response) -> Deployment:
    response_200 = Deployment.from_dict(response.json())

    return response_200


PATCH_DEPLOYMENT: Operation[Deployment] = Operation(
    name="patch_deployment",
    method="PATCH",
    path="/v2/deployments/{deployment_id}",
    params=(
        Param(
            keyword="deployment_id",
            name="deployment_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
        Param(
            keyword="revision_source",
            name="revision_source",
            location="body",
            accepts=(
                DeploymentPatchRequestRevisionSourceType0,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="source_config",
            name="source_config",
            location="body",
            accepts=(
                SourceConfigRequest,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="source_revision_config",
            name="source_revision_config",
            location="body",
            accepts=(
                SourceRevisionConfigRequest,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="secrets",
            name="secrets",
            location="body",
            accepts=(
                list,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="secret_references",
            name="secret_references",
            location="body",
            accepts=(
                list,
                type(None),
            ),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_patch_deployment,
    parse=_parse_patch_deployment,
    summary="Patch Deployment",
)


def _request_list_revisions(a: Mapping[str, Any]) -> dict[str, Any]:
    return _list_revisions._get_kwargs(
        deployment_id=a["deployment_id"],
        limit=a["limit"],
        offset=a["offset"],
        status=a["status"],
        remote_reconciled=a["remote_reconciled"],
    )


def _parse_list_revisions(response: httpx.Response) -> RevisionsList:
    response_200 = RevisionsList.from_dict(response.json())

    return response_200


LIST_REVISIONS: Operation[RevisionsList] = Operation(
    name="list_revisions",
    method="GET",
    path="/v2/deployments/{deployment_id}/revisions",
    params=(
        Param(
            keyword="deployment_id",
            name="deployment_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
        Param(
            keyword="limit",
            name="limit",
            location="query",
            accepts=(int,),
            required=False,
        ),
        Param(
            keyword="offset",
            name="offset",
            location="query",
            accepts=(int,),
            required=False,
        ),
        Param(
            keyword="status",
            name="status",
            location="query",
            accepts=(
                str,
                type(None),
            ),
            required=False,
        ),
        Param(
            keyword="remote_reconciled",
            name="remote_reconciled",
            location="query",
            accepts=(
                bool,
                type(None),
            ),
            required=False,
        ),
    ),
    success=(200,),
    request=_request_list_revisions,
    parse=_parse_list_revisions,
    summary="List Revisions",
    paging=Paging(
        style="offset",
        items="resources",
        next="offset",
        param="offset",
        limit=20,
    ),
)


def _request_get_revision(a: Mapping[str, Any]) -> dict[str, Any]:
    return _get_revision._get_kwargs(
        deployment_id=a["deployment_id"],
        revision_id=a["revision_id"],
    )


def _parse_get_revision(response: httpx.Response) -> Revision:
    response_200 = Revision.from_dict(response.json())

    return response_200


GET_REVISION: Operation[Revision] = Operation(
    name="get_revision",
    method="GET",
    path="/v2/deployments/{deployment_id}/revisions/{revision_id}",
    params=(
        Param(
            keyword="deployment_id",
            name="deployment_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
        Param(
            keyword="revision_id",
            name="revision_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_get_revision,
    parse=_parse_get_revision,
    summary="Get Revision",
)


def _request_redeploy_revision(a: Mapping[str, Any]) -> dict[str, Any]:
    return _redeploy_revision._get_kwargs(
        deployment_id=a["deployment_id"],
        revision_id=a["revision_id"],
    )


def _parse_redeploy_revision(response: httpx.Response) -> Deployment:
    response_200 = Deployment.from_dict(response.json())

    return response_200


REDEPLOY_REVISION: Operation[Deployment] = Operation(
    name="redeploy_revision",
    method="POST",
    path="/v2/deployments/{deployment_id}/revisions/{revision_id}/redeploy",
    params=(
        Param(
            keyword="deployment_id",
            name="deployment_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
        Param(
            keyword="revision_id",
            name="revision_id",
            location="path",
            accepts=(
                UUID,
                str,
            ),
            required=True,
        ),
    ),
    success=(200,),
    request=_request_redeploy_revision,
    parse=_parse_redeploy_revision,
    summary="Redeploy Revision",
)


class DeploymentsResource:
    """The operations of `cp.deployments`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DeploymentsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return DeploymentsWithRawResponse(self._requester)

    @functools.cached_property
    def revisions(self) -> DeploymentsRevisionsResource:
        """`cp.deployments.revisions`."""
        return DeploymentsRevisionsResource(self._requester)

    def delete_many(
        self,
        *,
        deployment_ids: builtins.list[UUID],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Delete Deployments: `DELETE /v2/deployments`.

        Delete multiple deployments with partial success support.

        Returns:
            - 200: All deployments deleted successfully
            - 207: Some deployments deleted successfully, some failed


        Args:
            deployment_ids (list[UUID]):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Any
        """
        return self._requester.call(
            DELETE_DEPLOYMENTS,
            {
                "deployment_ids": deployment_ids,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def list(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        name_contains: None | str | Unset = UNSET,
        status: None | str | Unset = UNSET,
        remote_reconciled: bool | None | Unset = UNSET,
        tag_value_ids: None | str | Unset = UNSET,
        image_version: None | str | Unset = UNSET,
        deployment_type: ListDeploymentsDeploymentTypeType0 | None | Unset = UNSET,
        deployment_ids: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPage[Deployment]:
        """List Deployments: `GET /v2/deployments`.

        List all deployments.

        Returns the first page; iterating it (`for`) yields every
        item, fetching the next pages as needed (offset paging).


        Args:
            limit (int | Unset): Maximum number of resources to return. Default: 20.
            offset (int | Unset): Pagination offset. Pass this value to subsequent requests to
                fetch the next page of resources. Default: 0.
            name_contains (None | str | Unset): Name of the deployment to filter by.
            status (None | str | Unset): `status` of the deployment to filter by.
            remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled deployments.
            tag_value_ids (None | str | Unset): Comma separated list of tag value IDs of the deployment
                to filter by.
            image_version (None | str | Unset): Image version to filter by.
            deployment_type (ListDeploymentsDeploymentTypeType0 | None | Unset): Deployment type to filter
                by.
            deployment_ids (None | str | Unset): Comma separated list of deployment IDs to filter by.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            SyncPage[Deployment]
        """
        return self._requester.paginate(
            LIST_DEPLOYMENTS,
            {
                "limit": limit,
                "offset": offset,
                "name_contains": name_contains,
                "status": status,
                "remote_reconciled": remote_reconciled,
                "tag_value_ids": tag_value_ids,
                "image_version": image_version,
                "deployment_type": deployment_type,
                "deployment_ids": deployment_ids,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        name: str,
        source: DeploymentCreateRequestSource,
        source_config: SourceConfigRequest,
        source_revision_config: SourceRevisionConfigRequest,
        secrets: builtins.list[Secret],
        secret_references: builtins.list[SecretReference] | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """Create Deployment: `POST /v2/deployments`.

        Create a new deployment.


        Args:
            name (str): Name of the deployment.<br><br>A LangSmith tracing project with the same
                name will also automatically be created. This cannot be changed once the
                deployment is created.
            source (DeploymentCreateRequestSource): Deploy from a GitHub repository (`github`) or
                an external Docker image (`external_docker`).<br><br>Deploying from GitHub is
                only available for Cloud SaaS deployments. Deploying from an external Docker
                image is only available for self-hosted deployments. This cannot be changed once
                the deployment is created.
            source_config (SourceConfigRequest): Fields for a deployment that are specific to the
                `source`, but do not require a new revision when modified or cannot be
                modified.<br>
                <br>
                All fields are nullable, but are validated based on the `source`.
            source_revision_config (SourceRevisionConfigRequest): Fields for a deployment that are specific to the
                `source` and require a new revision when modified.<br>
                <br>
                All fields are nullable, but are validated based on the `source`.
            secrets (list[Secret]):
            secret_references (list[SecretReference] | None | Unset): List of Kubernetes Secret
                references.<br><br>Only applicable for `external_docker` source.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Deployment
        """
        return self._requester.call(
            CREATE_DEPLOYMENT,
            {
                "name": name,
                "source": source,
                "source_config": source_config,
                "source_revision_config": source_revision_config,
                "secrets": secrets,
                "secret_references": secret_references,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        deployment_id: UUID | str,
        *,
        delete_tracing_project: bool | Unset = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete Deployment: `DELETE /v2/deployments/{deployment_id}`.

        Delete a deployment by ID.


        Args:
            deployment_id (UUID):
            delete_tracing_project (bool | Unset): Optionally delete tracing project for the deployment. Default:
                False.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            None
        """
        return self._requester.call(
            DELETE_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
                "delete_tracing_project": delete_tracing_project,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        deployment_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """Get Deployment: `GET /v2/deployments/{deployment_id}`.

        Get a deployment by ID.


        Args:
            deployment_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Deployment
        """
        return self._requester.call(
            GET_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        deployment_id: UUID | str,
        *,
        revision_source: DeploymentPatchRequestRevisionSourceType0
        | None
        | Unset = UNSET,
        source_config: None | SourceConfigRequest | Unset = UNSET,
        source_revision_config: None | SourceRevisionConfigRequest | Unset = UNSET,
        secrets: builtins.list[Secret] | None | Unset = UNSET,
        secret_references: builtins.list[SecretReference] | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """Patch Deployment: `PATCH /v2/deployments/{deployment_id}`.

        Patch a deployment by ID.


        Args:
            deployment_id (UUID):
            revision_source (DeploymentPatchRequestRevisionSourceType0 | None | Unset): Override the source
                for this revision. If omitted, falls back to deployment's default source.
            source_config (None | SourceConfigRequest | Unset):
            source_revision_config (None | SourceRevisionConfigRequest | Unset):
            secrets (list[Secret] | None | Unset):
            secret_references (list[SecretReference] | None | Unset): List of Kubernetes Secret
                references.<br><br>Only applicable for `external_docker` source.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Deployment
        """
        return self._requester.call(
            PATCH_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
                "revision_source": revision_source,
                "source_config": source_config,
                "source_revision_config": source_revision_config,
                "secrets": secrets,
                "secret_references": secret_references,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class DeploymentsWithRawResponse:
    """The operations of `cp.deployments`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def revisions(self) -> DeploymentsRevisionsWithRawResponse:
        """`cp.deployments.revisions`."""
        return DeploymentsRevisionsWithRawResponse(self._requester)

    def delete_many(
        self,
        *,
        deployment_ids: builtins.list[UUID],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """Delete Deployments: `DELETE /v2/deployments`.

        Delete multiple deployments with partial success support.

        Returns:
            - 200: All deployments deleted successfully
            - 207: Some deployments deleted successfully, some failed


        Args:
            deployment_ids (list[UUID]):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Any]
        """
        return self._requester.call_raw(
            DELETE_DEPLOYMENTS,
            {
                "deployment_ids": deployment_ids,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def list(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        name_contains: None | str | Unset = UNSET,
        status: None | str | Unset = UNSET,
        remote_reconciled: bool | None | Unset = UNSET,
        tag_value_ids: None | str | Unset = UNSET,
        image_version: None | str | Unset = UNSET,
        deployment_type: ListDeploymentsDeploymentTypeType0 | None | Unset = UNSET,
        deployment_ids: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[DeploymentsList]:
        """List Deployments: `GET /v2/deployments`.

        List all deployments.


        Args:
            limit (int | Unset): Maximum number of resources to return. Default: 20.
            offset (int | Unset): Pagination offset. Pass this value to subsequent requests to
                fetch the next page of resources. Default: 0.
            name_contains (None | str | Unset): Name of the deployment to filter by.
            status (None | str | Unset): `status` of the deployment to filter by.
            remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled deployments.
            tag_value_ids (None | str | Unset): Comma separated list of tag value IDs of the deployment
                to filter by.
            image_version (None | str | Unset): Image version to filter by.
            deployment_type (ListDeploymentsDeploymentTypeType0 | None | Unset): Deployment type to filter
                by.
            deployment_ids (None | str | Unset): Comma separated list of deployment IDs to filter by.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[DeploymentsList]
        """
        return self._requester.call_raw(
            LIST_DEPLOYMENTS,
            {
                "limit": limit,
                "offset": offset,
                "name_contains": name_contains,
                "status": status,
                "remote_reconciled": remote_reconciled,
                "tag_value_ids": tag_value_ids,
                "image_version": image_version,
                "deployment_type": deployment_type,
                "deployment_ids": deployment_ids,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        name: str,
        source: DeploymentCreateRequestSource,
        source_config: SourceConfigRequest,
        source_revision_config: SourceRevisionConfigRequest,
        secrets: builtins.list[Secret],
        secret_references: builtins.list[SecretReference] | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Deployment]:
        """Create Deployment: `POST /v2/deployments`.

        Create a new deployment.


        Args:
            name (str): Name of the deployment.<br><br>A LangSmith tracing project with the same
                name will also automatically be created. This cannot be changed once the
                deployment is created.
            source (DeploymentCreateRequestSource): Deploy from a GitHub repository (`github`) or
                an external Docker image (`external_docker`).<br><br>Deploying from GitHub is
                only available for Cloud SaaS deployments. Deploying from an external Docker
                image is only available for self-hosted deployments. This cannot be changed once
                the deployment is created.
            source_config (SourceConfigRequest): Fields for a deployment that are specific to the
                `source`, but do not require a new revision when modified or cannot be
                modified.<br>
                <br>
                All fields are nullable, but are validated based on the `source`.
            source_revision_config (SourceRevisionConfigRequest): Fields for a deployment that are specific to the
                `source` and require a new revision when modified.<br>
                <br>
                All fields are nullable, but are validated based on the `source`.
            secrets (list[Secret]):
            secret_references (list[SecretReference] | None | Unset): List of Kubernetes Secret
                references.<br><br>Only applicable for `external_docker` source.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Deployment]
        """
        return self._requester.call_raw(
            CREATE_DEPLOYMENT,
            {
                "name": name,
                "source": source,
                "source_config": source_config,
                "source_revision_config": source_revision_config,
                "secrets": secrets,
                "secret_references": secret_references,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        deployment_id: UUID | str,
        *,
        delete_tracing_project: bool | Unset = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete Deployment: `DELETE /v2/deployments/{deployment_id}`.

        Delete a deployment by ID.


        Args:
            deployment_id (UUID):
            delete_tracing_project (bool | Unset): Optionally delete tracing project for the deployment. Default:
                False.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[None]
        """
        return self._requester.call_raw(
            DELETE_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
                "delete_tracing_project": delete_tracing_project,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        deployment_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Deployment]:
        """Get Deployment: `GET /v2/deployments/{deployment_id}`.

        Get a deployment by ID.


        Args:
            deployment_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Deployment]
        """
        return self._requester.call_raw(
            GET_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        deployment_id: UUID | str,
        *,
        revision_source: DeploymentPatchRequestRevisionSourceType0
        | None
        | Unset = UNSET,
        source_config: None | SourceConfigRequest | Unset = UNSET,
        source_revision_config: None | SourceRevisionConfigRequest | Unset = UNSET,
        secrets: builtins.list[Secret] | None | Unset = UNSET,
        secret_references: builtins.list[SecretReference] | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Deployment]:
        """Patch Deployment: `PATCH /v2/deployments/{deployment_id}`.

        Patch a deployment by ID.


        Args:
            deployment_id (UUID):
            revision_source (DeploymentPatchRequestRevisionSourceType0 | None | Unset): Override the source
                for this revision. If omitted, falls back to deployment's default source.
            source_config (None | SourceConfigRequest | Unset):
            source_revision_config (None | SourceRevisionConfigRequest | Unset):
            secrets (list[Secret] | None | Unset):
            secret_references (list[SecretReference] | None | Unset): List of Kubernetes Secret
                references.<br><br>Only applicable for `external_docker` source.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Deployment]
        """
        return self._requester.call_raw(
            PATCH_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
                "revision_source": revision_source,
                "source_config": source_config,
                "source_revision_config": source_revision_config,
                "secrets": secrets,
                "secret_references": secret_references,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncDeploymentsResource:
    """The operations of `cp.deployments`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDeploymentsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncDeploymentsWithRawResponse(self._requester)

    @functools.cached_property
    def revisions(self) -> AsyncDeploymentsRevisionsResource:
        """`cp.deployments.revisions`."""
        return AsyncDeploymentsRevisionsResource(self._requester)

    async def delete_many(
        self,
        *,
        deployment_ids: builtins.list[UUID],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        """Delete Deployments: `DELETE /v2/deployments`.

        Delete multiple deployments with partial success support.

        Returns:
            - 200: All deployments deleted successfully
            - 207: Some deployments deleted successfully, some failed


        Args:
            deployment_ids (list[UUID]):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Any
        """
        return await self._requester.call(
            DELETE_DEPLOYMENTS,
            {
                "deployment_ids": deployment_ids,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def list(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        name_contains: None | str | Unset = UNSET,
        status: None | str | Unset = UNSET,
        remote_reconciled: bool | None | Unset = UNSET,
        tag_value_ids: None | str | Unset = UNSET,
        image_version: None | str | Unset = UNSET,
        deployment_type: ListDeploymentsDeploymentTypeType0 | None | Unset = UNSET,
        deployment_ids: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[Deployment]:
        """List Deployments: `GET /v2/deployments`.

        List all deployments.

        Returns the first page; iterating it (`async for`) yields every
        item, fetching the next pages as needed (offset paging).


        Args:
            limit (int | Unset): Maximum number of resources to return. Default: 20.
            offset (int | Unset): Pagination offset. Pass this value to subsequent requests to
                fetch the next page of resources. Default: 0.
            name_contains (None | str | Unset): Name of the deployment to filter by.
            status (None | str | Unset): `status` of the deployment to filter by.
            remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled deployments.
            tag_value_ids (None | str | Unset): Comma separated list of tag value IDs of the deployment
                to filter by.
            image_version (None | str | Unset): Image version to filter by.
            deployment_type (ListDeploymentsDeploymentTypeType0 | None | Unset): Deployment type to filter
                by.
            deployment_ids (None | str | Unset): Comma separated list of deployment IDs to filter by.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            AsyncPager[Deployment]
        """
        return self._requester.paginate(
            LIST_DEPLOYMENTS,
            {
                "limit": limit,
                "offset": offset,
                "name_contains": name_contains,
                "status": status,
                "remote_reconciled": remote_reconciled,
                "tag_value_ids": tag_value_ids,
                "image_version": image_version,
                "deployment_type": deployment_type,
                "deployment_ids": deployment_ids,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        name: str,
        source: DeploymentCreateRequestSource,
        source_config: SourceConfigRequest,
        source_revision_config: SourceRevisionConfigRequest,
        secrets: builtins.list[Secret],
        secret_references: builtins.list[SecretReference] | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """Create Deployment: `POST /v2/deployments`.

        Create a new deployment.


        Args:
            name (str): Name of the deployment.<br><br>A LangSmith tracing project with the same
                name will also automatically be created. This cannot be changed once the
                deployment is created.
            source (DeploymentCreateRequestSource): Deploy from a GitHub repository (`github`) or
                an external Docker image (`external_docker`).<br><br>Deploying from GitHub is
                only available for Cloud SaaS deployments. Deploying from an external Docker
                image is only available for self-hosted deployments. This cannot be changed once
                the deployment is created.
            source_config (SourceConfigRequest): Fields for a deployment that are specific to the
                `source`, but do not require a new revision when modified or cannot be
                modified.<br>
                <br>
                All fields are nullable, but are validated based on the `source`.
            source_revision_config (SourceRevisionConfigRequest): Fields for a deployment that are specific to the
                `source` and require a new revision when modified.<br>
                <br>
                All fields are nullable, but are validated based on the `source`.
            secrets (list[Secret]):
            secret_references (list[SecretReference] | None | Unset): List of Kubernetes Secret
                references.<br><br>Only applicable for `external_docker` source.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Deployment
        """
        return await self._requester.call(
            CREATE_DEPLOYMENT,
            {
                "name": name,
                "source": source,
                "source_config": source_config,
                "source_revision_config": source_revision_config,
                "secrets": secrets,
                "secret_references": secret_references,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        deployment_id: UUID | str,
        *,
        delete_tracing_project: bool | Unset = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Delete Deployment: `DELETE /v2/deployments/{deployment_id}`.

        Delete a deployment by ID.


        Args:
            deployment_id (UUID):
            delete_tracing_project (bool | Unset): Optionally delete tracing project for the deployment. Default:
                False.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            None
        """
        return await self._requester.call(
            DELETE_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
                "delete_tracing_project": delete_tracing_project,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        deployment_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """Get Deployment: `GET /v2/deployments/{deployment_id}`.

        Get a deployment by ID.


        Args:
            deployment_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Deployment
        """
        return await self._requester.call(
            GET_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        deployment_id: UUID | str,
        *,
        revision_source: DeploymentPatchRequestRevisionSourceType0
        | None
        | Unset = UNSET,
        source_config: None | SourceConfigRequest | Unset = UNSET,
        source_revision_config: None | SourceRevisionConfigRequest | Unset = UNSET,
        secrets: builtins.list[Secret] | None | Unset = UNSET,
        secret_references: builtins.list[SecretReference] | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """Patch Deployment: `PATCH /v2/deployments/{deployment_id}`.

        Patch a deployment by ID.


        Args:
            deployment_id (UUID):
            revision_source (DeploymentPatchRequestRevisionSourceType0 | None | Unset): Override the source
                for this revision. If omitted, falls back to deployment's default source.
            source_config (None | SourceConfigRequest | Unset):
            source_revision_config (None | SourceRevisionConfigRequest | Unset):
            secrets (list[Secret] | None | Unset):
            secret_references (list[SecretReference] | None | Unset): List of Kubernetes Secret
                references.<br><br>Only applicable for `external_docker` source.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Deployment
        """
        return await self._requester.call(
            PATCH_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
                "revision_source": revision_source,
                "source_config": source_config,
                "source_revision_config": source_revision_config,
                "secrets": secrets,
                "secret_references": secret_references,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncDeploymentsWithRawResponse:
    """The operations of `cp.deployments`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def revisions(self) -> AsyncDeploymentsRevisionsWithRawResponse:
        """`cp.deployments.revisions`."""
        return AsyncDeploymentsRevisionsWithRawResponse(self._requester)

    async def delete_many(
        self,
        *,
        deployment_ids: builtins.list[UUID],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        """Delete Deployments: `DELETE /v2/deployments`.

        Delete multiple deployments with partial success support.

        Returns:
            - 200: All deployments deleted successfully
            - 207: Some deployments deleted successfully, some failed


        Args:
            deployment_ids (list[UUID]):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Any]
        """
        return await self._requester.call_raw(
            DELETE_DEPLOYMENTS,
            {
                "deployment_ids": deployment_ids,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def list(
        self,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        name_contains: None | str | Unset = UNSET,
        status: None | str | Unset = UNSET,
        remote_reconciled: bool | None | Unset = UNSET,
        tag_value_ids: None | str | Unset = UNSET,
        image_version: None | str | Unset = UNSET,
        deployment_type: ListDeploymentsDeploymentTypeType0 | None | Unset = UNSET,
        deployment_ids: None | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[DeploymentsList]:
        """List Deployments: `GET /v2/deployments`.

        List all deployments.


        Args:
            limit (int | Unset): Maximum number of resources to return. Default: 20.
            offset (int | Unset): Pagination offset. Pass this value to subsequent requests to
                fetch the next page of resources. Default: 0.
            name_contains (None | str | Unset): Name of the deployment to filter by.
            status (None | str | Unset): `status` of the deployment to filter by.
            remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled deployments.
            tag_value_ids (None | str | Unset): Comma separated list of tag value IDs of the deployment
                to filter by.
            image_version (None | str | Unset): Image version to filter by.
            deployment_type (ListDeploymentsDeploymentTypeType0 | None | Unset): Deployment type to filter
                by.
            deployment_ids (None | str | Unset): Comma separated list of deployment IDs to filter by.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[DeploymentsList]
        """
        return await self._requester.call_raw(
            LIST_DEPLOYMENTS,
            {
                "limit": limit,
                "offset": offset,
                "name_contains": name_contains,
                "status": status,
                "remote_reconciled": remote_reconciled,
                "tag_value_ids": tag_value_ids,
                "image_version": image_version,
                "deployment_type": deployment_type,
                "deployment_ids": deployment_ids,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def create(
        self,
        *,
        name: str,
        source: DeploymentCreateRequestSource,
        source_config: SourceConfigRequest,
        source_revision_config: SourceRevisionConfigRequest,
        secrets: builtins.list[Secret],
        secret_references: builtins.list[SecretReference] | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Deployment]:
        """Create Deployment: `POST /v2/deployments`.

        Create a new deployment.


        Args:
            name (str): Name of the deployment.<br><br>A LangSmith tracing project with the same
                name will also automatically be created. This cannot be changed once the
                deployment is created.
            source (DeploymentCreateRequestSource): Deploy from a GitHub repository (`github`) or
                an external Docker image (`external_docker`).<br><br>Deploying from GitHub is
                only available for Cloud SaaS deployments. Deploying from an external Docker
                image is only available for self-hosted deployments. This cannot be changed once
                the deployment is created.
            source_config (SourceConfigRequest): Fields for a deployment that are specific to the
                `source`, but do not require a new revision when modified or cannot be
                modified.<br>
                <br>
                All fields are nullable, but are validated based on the `source`.
            source_revision_config (SourceRevisionConfigRequest): Fields for a deployment that are specific to the
                `source` and require a new revision when modified.<br>
                <br>
                All fields are nullable, but are validated based on the `source`.
            secrets (list[Secret]):
            secret_references (list[SecretReference] | None | Unset): List of Kubernetes Secret
                references.<br><br>Only applicable for `external_docker` source.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Deployment]
        """
        return await self._requester.call_raw(
            CREATE_DEPLOYMENT,
            {
                "name": name,
                "source": source,
                "source_config": source_config,
                "source_revision_config": source_revision_config,
                "secrets": secrets,
                "secret_references": secret_references,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        deployment_id: UUID | str,
        *,
        delete_tracing_project: bool | Unset = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[None]:
        """Delete Deployment: `DELETE /v2/deployments/{deployment_id}`.

        Delete a deployment by ID.


        Args:
            deployment_id (UUID):
            delete_tracing_project (bool | Unset): Optionally delete tracing project for the deployment. Default:
                False.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[None]
        """
        return await self._requester.call_raw(
            DELETE_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
                "delete_tracing_project": delete_tracing_project,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        deployment_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Deployment]:
        """Get Deployment: `GET /v2/deployments/{deployment_id}`.

        Get a deployment by ID.


        Args:
            deployment_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Deployment]
        """
        return await self._requester.call_raw(
            GET_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def update(
        self,
        deployment_id: UUID | str,
        *,
        revision_source: DeploymentPatchRequestRevisionSourceType0
        | None
        | Unset = UNSET,
        source_config: None | SourceConfigRequest | Unset = UNSET,
        source_revision_config: None | SourceRevisionConfigRequest | Unset = UNSET,
        secrets: builtins.list[Secret] | None | Unset = UNSET,
        secret_references: builtins.list[SecretReference] | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Deployment]:
        """Patch Deployment: `PATCH /v2/deployments/{deployment_id}`.

        Patch a deployment by ID.


        Args:
            deployment_id (UUID):
            revision_source (DeploymentPatchRequestRevisionSourceType0 | None | Unset): Override the source
                for this revision. If omitted, falls back to deployment's default source.
            source_config (None | SourceConfigRequest | Unset):
            source_revision_config (None | SourceRevisionConfigRequest | Unset):
            secrets (list[Secret] | None | Unset):
            secret_references (list[SecretReference] | None | Unset): List of Kubernetes Secret
                references.<br><br>Only applicable for `external_docker` source.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Deployment]
        """
        return await self._requester.call_raw(
            PATCH_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
                "revision_source": revision_source,
                "source_config": source_config,
                "source_revision_config": source_revision_config,
                "secrets": secrets,
                "secret_references": secret_references,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class DeploymentsRevisionsResource:
    """The operations of `cp.deployments.revisions`.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> DeploymentsRevisionsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return DeploymentsRevisionsWithRawResponse(self._requester)

    def list(
        self,
        deployment_id: UUID | str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        status: None | str | Unset = UNSET,
        remote_reconciled: bool | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPage[Revision]:
        """List Revisions: `GET /v2/deployments/{deployment_id}/revisions`.

        List all revisions for a deployment.

        Returns the first page; iterating it (`for`) yields every
        item, fetching the next pages as needed (offset paging).


        Args:
            deployment_id (UUID):
            limit (int | Unset): Maximum number of resources to return. Default: 20.
            offset (int | Unset): Pagination offset. Pass this value to subsequent requests to
                fetch the next page of resources. Default: 0.
            status (None | str | Unset): Comma separated list of revision `status` (CREATING,
                QUEUED, AWAITING_BUILD, BUILDING, AWAITING_DEPLOY, DEPLOYING, CREATE_FAILED,
                BUILD_FAILED, DEPLOY_FAILED, DEPLOYED, SKIPPED, INTERRUPTED, UNKNOWN) fields to
                filter by.
            remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled revisions.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            SyncPage[Revision]
        """
        return self._requester.paginate(
            LIST_REVISIONS,
            {
                "deployment_id": deployment_id,
                "limit": limit,
                "offset": offset,
                "status": status,
                "remote_reconciled": remote_reconciled,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Revision:
        """Get Revision: `GET /v2/deployments/{deployment_id}/revisions/{revision_id}`.

        Get a revision by ID for a deployment.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Revision
        """
        return self._requester.call(
            GET_REVISION,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def redeploy(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """Redeploy Revision: `POST /v2/deployments/{deployment_id}/revisions/{revision_id}/redeploy`.

        Redeploy a specific revision ID.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Deployment
        """
        return self._requester.call(
            REDEPLOY_REVISION,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class DeploymentsRevisionsWithRawResponse:
    """The operations of `cp.deployments.revisions`, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        deployment_id: UUID | str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        status: None | str | Unset = UNSET,
        remote_reconciled: bool | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[RevisionsList]:
        """List Revisions: `GET /v2/deployments/{deployment_id}/revisions`.

        List all revisions for a deployment.


        Args:
            deployment_id (UUID):
            limit (int | Unset): Maximum number of resources to return. Default: 20.
            offset (int | Unset): Pagination offset. Pass this value to subsequent requests to
                fetch the next page of resources. Default: 0.
            status (None | str | Unset): Comma separated list of revision `status` (CREATING,
                QUEUED, AWAITING_BUILD, BUILDING, AWAITING_DEPLOY, DEPLOYING, CREATE_FAILED,
                BUILD_FAILED, DEPLOY_FAILED, DEPLOYED, SKIPPED, INTERRUPTED, UNKNOWN) fields to
                filter by.
            remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled revisions.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[RevisionsList]
        """
        return self._requester.call_raw(
            LIST_REVISIONS,
            {
                "deployment_id": deployment_id,
                "limit": limit,
                "offset": offset,
                "status": status,
                "remote_reconciled": remote_reconciled,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def retrieve(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Revision]:
        """Get Revision: `GET /v2/deployments/{deployment_id}/revisions/{revision_id}`.

        Get a revision by ID for a deployment.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Revision]
        """
        return self._requester.call_raw(
            GET_REVISION,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def redeploy(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Deployment]:
        """Redeploy Revision: `POST /v2/deployments/{deployment_id}/revisions/{revision_id}/redeploy`.

        Redeploy a specific revision ID.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Deployment]
        """
        return self._requester.call_raw(
            REDEPLOY_REVISION,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncDeploymentsRevisionsResource:
    """The operations of `cp.deployments.revisions`, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncDeploymentsRevisionsWithRawResponse:
        """These operations, each returning the answer as it came (`RawResponse`)."""
        return AsyncDeploymentsRevisionsWithRawResponse(self._requester)

    def list(
        self,
        deployment_id: UUID | str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        status: None | str | Unset = UNSET,
        remote_reconciled: bool | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> AsyncPager[Revision]:
        """List Revisions: `GET /v2/deployments/{deployment_id}/revisions`.

        List all revisions for a deployment.

        Returns the first page; iterating it (`async for`) yields every
        item, fetching the next pages as needed (offset paging).


        Args:
            deployment_id (UUID):
            limit (int | Unset): Maximum number of resources to return. Default: 20.
            offset (int | Unset): Pagination offset. Pass this value to subsequent requests to
                fetch the next page of resources. Default: 0.
            status (None | str | Unset): Comma separated list of revision `status` (CREATING,
                QUEUED, AWAITING_BUILD, BUILDING, AWAITING_DEPLOY, DEPLOYING, CREATE_FAILED,
                BUILD_FAILED, DEPLOY_FAILED, DEPLOYED, SKIPPED, INTERRUPTED, UNKNOWN) fields to
                filter by.
            remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled revisions.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            AsyncPager[Revision]
        """
        return self._requester.paginate(
            LIST_REVISIONS,
            {
                "deployment_id": deployment_id,
                "limit": limit,
                "offset": offset,
                "status": status,
                "remote_reconciled": remote_reconciled,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Revision:
        """Get Revision: `GET /v2/deployments/{deployment_id}/revisions/{revision_id}`.

        Get a revision by ID for a deployment.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Revision
        """
        return await self._requester.call(
            GET_REVISION,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def redeploy(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Deployment:
        """Redeploy Revision: `POST /v2/deployments/{deployment_id}/revisions/{revision_id}/redeploy`.

        Redeploy a specific revision ID.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            Deployment
        """
        return await self._requester.call(
            REDEPLOY_REVISION,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncDeploymentsRevisionsWithRawResponse:
    """The operations of `cp.deployments.revisions`, asynchronously, each answer raw.

    Each method returns the `RawResponse` (status, headers, request id) with every guarantee of
    the parsed call; its `parse()` gives the parsed value.
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(
        self,
        deployment_id: UUID | str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        status: None | str | Unset = UNSET,
        remote_reconciled: bool | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[RevisionsList]:
        """List Revisions: `GET /v2/deployments/{deployment_id}/revisions`.

        List all revisions for a deployment.


        Args:
            deployment_id (UUID):
            limit (int | Unset): Maximum number of resources to return. Default: 20.
            offset (int | Unset): Pagination offset. Pass this value to subsequent requests to
                fetch the next page of resources. Default: 0.
            status (None | str | Unset): Comma separated list of revision `status` (CREATING,
                QUEUED, AWAITING_BUILD, BUILDING, AWAITING_DEPLOY, DEPLOYING, CREATE_FAILED,
                BUILD_FAILED, DEPLOY_FAILED, DEPLOYED, SKIPPED, INTERRUPTED, UNKNOWN) fields to
                filter by.
            remote_reconciled (bool | None | Unset): Flag to filter by remote reconciled revisions.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[RevisionsList]
        """
        return await self._requester.call_raw(
            LIST_REVISIONS,
            {
                "deployment_id": deployment_id,
                "limit": limit,
                "offset": offset,
                "status": status,
                "remote_reconciled": remote_reconciled,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def retrieve(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Revision]:
        """Get Revision: `GET /v2/deployments/{deployment_id}/revisions/{revision_id}`.

        Get a revision by ID for a deployment.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Revision]
        """
        return await self._requester.call_raw(
            GET_REVISION,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )

    async def redeploy(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Deployment]:
        """Redeploy Revision: `POST /v2/deployments/{deployment_id}/revisions/{revision_id}/redeploy`.

        Redeploy a specific revision ID.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.
            extra_query: more query parameters, for one the document lacks yet.
            extra_body: more JSON body fields, for one the document lacks yet.

        Returns:
            RawResponse[Deployment]
        """
        return await self._requester.call_raw(
            REDEPLOY_REVISION,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
            },
            RequestOptions(timeout, extra_headers, extra_query, extra_body),
        )
