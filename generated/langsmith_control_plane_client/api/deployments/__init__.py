"""Contains endpoint functions for accessing the API, and this tag's resource"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, cast
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
from .. import AsyncRequester, Operation, Param, Requester
from . import create_deployment as _create_deployment
from . import delete_deployment as _delete_deployment
from . import delete_deployments as _delete_deployments
from . import get_deployment as _get_deployment
from . import get_revision as _get_revision
from . import list_deployments as _list_deployments
from . import list_revisions as _list_revisions
from . import patch_deployment as _patch_deployment
from . import redeploy_revision as _redeploy_revision


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
)


class DeploymentsResource:
    """The operations of the `deployments` resource.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list_deployments(
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
    ) -> DeploymentsList:
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

        Returns:
            DeploymentsList
        """
        return self._requester.call(
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
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def create_deployment(
        self,
        *,
        name: str,
        source: DeploymentCreateRequestSource,
        source_config: SourceConfigRequest,
        source_revision_config: SourceRevisionConfigRequest,
        secrets: list[Secret],
        secret_references: list[SecretReference] | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
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
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete_deployments(
        self,
        *,
        deployment_ids: list[UUID],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
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

        Returns:
            Any
        """
        return self._requester.call(
            DELETE_DEPLOYMENTS,
            {
                "deployment_ids": deployment_ids,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def get_deployment(
        self,
        deployment_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Deployment:
        """Get Deployment: `GET /v2/deployments/{deployment_id}`.

        Get a deployment by ID.


        Args:
            deployment_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            Deployment
        """
        return self._requester.call(
            GET_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete_deployment(
        self,
        deployment_id: UUID | str,
        *,
        delete_tracing_project: bool | Unset = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete Deployment: `DELETE /v2/deployments/{deployment_id}`.

        Delete a deployment by ID.


        Args:
            deployment_id (UUID):
            delete_tracing_project (bool | Unset): Optionally delete tracing project for the deployment. Default:
                False.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            None
        """
        return self._requester.call(
            DELETE_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
                "delete_tracing_project": delete_tracing_project,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def patch_deployment(
        self,
        deployment_id: UUID | str,
        *,
        revision_source: DeploymentPatchRequestRevisionSourceType0
        | None
        | Unset = UNSET,
        source_config: None | SourceConfigRequest | Unset = UNSET,
        source_revision_config: None | SourceRevisionConfigRequest | Unset = UNSET,
        secrets: list[Secret] | None | Unset = UNSET,
        secret_references: list[SecretReference] | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
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
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_revisions(
        self,
        deployment_id: UUID | str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        status: None | str | Unset = UNSET,
        remote_reconciled: bool | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RevisionsList:
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

        Returns:
            RevisionsList
        """
        return self._requester.call(
            LIST_REVISIONS,
            {
                "deployment_id": deployment_id,
                "limit": limit,
                "offset": offset,
                "status": status,
                "remote_reconciled": remote_reconciled,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def get_revision(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Revision:
        """Get Revision: `GET /v2/deployments/{deployment_id}/revisions/{revision_id}`.

        Get a revision by ID for a deployment.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            Revision
        """
        return self._requester.call(
            GET_REVISION,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def redeploy_revision(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Deployment:
        """Redeploy Revision: `POST /v2/deployments/{deployment_id}/revisions/{revision_id}/redeploy`.

        Redeploy a specific revision ID.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            Deployment
        """
        return self._requester.call(
            REDEPLOY_REVISION,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )


class AsyncDeploymentsResource:
    """The operations of the `deployments` resource, asynchronously.

    Every method hands its call to the client (its `Requester`), which checks the arguments,
    sends the request and returns the document's success model (None for 204).
    """

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list_deployments(
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
    ) -> DeploymentsList:
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

        Returns:
            DeploymentsList
        """
        return await self._requester.call(
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
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def create_deployment(
        self,
        *,
        name: str,
        source: DeploymentCreateRequestSource,
        source_config: SourceConfigRequest,
        source_revision_config: SourceRevisionConfigRequest,
        secrets: list[Secret],
        secret_references: list[SecretReference] | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
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
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def delete_deployments(
        self,
        *,
        deployment_ids: list[UUID],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
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

        Returns:
            Any
        """
        return await self._requester.call(
            DELETE_DEPLOYMENTS,
            {
                "deployment_ids": deployment_ids,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get_deployment(
        self,
        deployment_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Deployment:
        """Get Deployment: `GET /v2/deployments/{deployment_id}`.

        Get a deployment by ID.


        Args:
            deployment_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            Deployment
        """
        return await self._requester.call(
            GET_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def delete_deployment(
        self,
        deployment_id: UUID | str,
        *,
        delete_tracing_project: bool | Unset = False,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete Deployment: `DELETE /v2/deployments/{deployment_id}`.

        Delete a deployment by ID.


        Args:
            deployment_id (UUID):
            delete_tracing_project (bool | Unset): Optionally delete tracing project for the deployment. Default:
                False.
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            None
        """
        return await self._requester.call(
            DELETE_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
                "delete_tracing_project": delete_tracing_project,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def patch_deployment(
        self,
        deployment_id: UUID | str,
        *,
        revision_source: DeploymentPatchRequestRevisionSourceType0
        | None
        | Unset = UNSET,
        source_config: None | SourceConfigRequest | Unset = UNSET,
        source_revision_config: None | SourceRevisionConfigRequest | Unset = UNSET,
        secrets: list[Secret] | None | Unset = UNSET,
        secret_references: list[SecretReference] | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
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
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def list_revisions(
        self,
        deployment_id: UUID | str,
        *,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        status: None | str | Unset = UNSET,
        remote_reconciled: bool | None | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RevisionsList:
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

        Returns:
            RevisionsList
        """
        return await self._requester.call(
            LIST_REVISIONS,
            {
                "deployment_id": deployment_id,
                "limit": limit,
                "offset": offset,
                "status": status,
                "remote_reconciled": remote_reconciled,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get_revision(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Revision:
        """Get Revision: `GET /v2/deployments/{deployment_id}/revisions/{revision_id}`.

        Get a revision by ID for a deployment.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            Revision
        """
        return await self._requester.call(
            GET_REVISION,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def redeploy_revision(
        self,
        deployment_id: UUID | str,
        revision_id: UUID | str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Deployment:
        """Redeploy Revision: `POST /v2/deployments/{deployment_id}/revisions/{revision_id}/redeploy`.

        Redeploy a specific revision ID.


        Args:
            deployment_id (UUID):
            revision_id (UUID):
            timeout: this call's deadline in seconds, retries included (default: the client's).
            extra_headers: more request headers; they can never replace the credentials.

        Returns:
            Deployment
        """
        return await self._requester.call(
            REDEPLOY_REVISION,
            {
                "deployment_id": deployment_id,
                "revision_id": revision_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
        )
