"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562): importing one model, or this package, does not
import all of them (langsmith-control-plane's template; the generator's imports every one).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agent_connection_list_response import AgentConnectionListResponse
    from .agent_connection_response import AgentConnectionResponse
    from .auth_authenticate_request import AuthAuthenticateRequest
    from .auth_authenticate_response import AuthAuthenticateResponse
    from .auth_authenticate_response_metadata_type_0 import (
        AuthAuthenticateResponseMetadataType0,
    )
    from .auth_status import AuthStatus
    from .auth_wait_response import AuthWaitResponse
    from .auth_wait_status import AuthWaitStatus
    from .container import Container
    from .container_env_from_type_0_item import ContainerEnvFromType0Item
    from .container_security_context_type_0 import ContainerSecurityContextType0
    from .context import Context
    from .create_agent_connection_request import CreateAgentConnectionRequest
    from .deployment import Deployment
    from .deployment_create_request import DeploymentCreateRequest
    from .deployment_create_request_source import DeploymentCreateRequestSource
    from .deployment_logs_list import DeploymentLogsList
    from .deployment_logs_list_items_item import DeploymentLogsListItemsItem
    from .deployment_patch_request import DeploymentPatchRequest
    from .deployment_patch_request_revision_source_type_0 import (
        DeploymentPatchRequestRevisionSourceType0,
    )
    from .deployment_resource_tiers_update_request import (
        DeploymentResourceTiersUpdateRequest,
    )
    from .deployment_source import DeploymentSource
    from .deployment_status import DeploymentStatus
    from .deployment_tier import DeploymentTier
    from .deployment_tier_update_request import DeploymentTierUpdateRequest
    from .deployments_list import DeploymentsList
    from .engine_install_link import EngineInstallLink
    from .engine_picker_install_option import EnginePickerInstallOption
    from .engine_picker_select_response import EnginePickerSelectResponse
    from .engine_picker_session_response import EnginePickerSessionResponse
    from .env_var import EnvVar
    from .env_var_value_from_type_0 import EnvVarValueFromType0
    from .forge_github_installations_list import ForgeGithubInstallationsList
    from .forge_github_integration import ForgeGithubIntegration
    from .forge_github_picker_selection_request import ForgeGithubPickerSelectionRequest
    from .forge_github_picker_selection_request_action import (
        ForgeGithubPickerSelectionRequestAction,
    )
    from .free_deployment_count_response import FreeDeploymentCountResponse
    from .github_install_link import GithubInstallLink
    from .github_install_link_request import GithubInstallLinkRequest
    from .github_installations_list import GithubInstallationsList
    from .github_integration import GithubIntegration
    from .github_repositories_list import GithubRepositoriesList
    from .github_repository import GithubRepository
    from .has_token import HasToken
    from .http_validation_error import HTTPValidationError
    from .list_deployment_log_entries_level_type_0 import (
        ListDeploymentLogEntriesLevelType0,
    )
    from .list_deployment_log_entries_log_type import ListDeploymentLogEntriesLogType
    from .list_deployment_log_entries_sort_order import (
        ListDeploymentLogEntriesSortOrder,
    )
    from .list_deployments_deployment_type_type_0 import (
        ListDeploymentsDeploymentTypeType0,
    )
    from .list_revision_logs_level_type_0 import ListRevisionLogsLevelType0
    from .list_revision_logs_order import ListRevisionLogsOrder
    from .list_revision_logs_type import ListRevisionLogsType
    from .listener import Listener
    from .listener_compute_config import ListenerComputeConfig
    from .listener_config import ListenerConfig
    from .listener_create_request import ListenerCreateRequest
    from .listener_patch_request import ListenerPatchRequest
    from .listeners_list import ListenersList
    from .local_object_reference import LocalObjectReference
    from .logs_response import LogsResponse
    from .logs_response_logs_item import LogsResponseLogsItem
    from .mcpo_auth_provider_create_request import MCPOAuthProviderCreateRequest
    from .o_auth_finalize_request import OAuthFinalizeRequest
    from .o_auth_provider_create_request import OAuthProviderCreateRequest
    from .o_auth_provider_create_request_authorization_params import (
        OAuthProviderCreateRequestAuthorizationParams,
    )
    from .o_auth_provider_create_request_provider_type_type_0 import (
        OAuthProviderCreateRequestProviderTypeType0,
    )
    from .o_auth_provider_create_request_token_endpoint_auth_method import (
        OAuthProviderCreateRequestTokenEndpointAuthMethod,
    )
    from .o_auth_provider_response import OAuthProviderResponse
    from .o_auth_provider_response_authorization_params import (
        OAuthProviderResponseAuthorizationParams,
    )
    from .o_auth_provider_update_request import OAuthProviderUpdateRequest
    from .o_auth_provider_update_request_authorization_params_type_0 import (
        OAuthProviderUpdateRequestAuthorizationParamsType0,
    )
    from .o_auth_token_import_request import OAuthTokenImportRequest
    from .o_auth_token_import_request_metadata_type_0 import (
        OAuthTokenImportRequestMetadataType0,
    )
    from .o_auth_token_import_response import OAuthTokenImportResponse
    from .o_auth_token_status_batch_request import OAuthTokenStatusBatchRequest
    from .o_auth_token_status_batch_response import OAuthTokenStatusBatchResponse
    from .o_auth_token_status_response import OAuthTokenStatusResponse
    from .o_auth_token_summary import OAuthTokenSummary
    from .o_auth_token_update_request import OAuthTokenUpdateRequest
    from .resource_requirements import ResourceRequirements
    from .resource_requirements_limits_type_0 import ResourceRequirementsLimitsType0
    from .resource_requirements_requests_type_0 import ResourceRequirementsRequestsType0
    from .resource_spec_input import ResourceSpecInput
    from .resource_spec_input_annotations_type_0 import (
        ResourceSpecInputAnnotationsType0,
    )
    from .resource_spec_input_labels_type_0 import ResourceSpecInputLabelsType0
    from .resource_spec_output import ResourceSpecOutput
    from .resource_spec_output_annotations_type_0 import (
        ResourceSpecOutputAnnotationsType0,
    )
    from .resource_spec_output_labels_type_0 import ResourceSpecOutputLabelsType0
    from .revision import Revision
    from .revision_source import RevisionSource
    from .revision_status import RevisionStatus
    from .revisions_list import RevisionsList
    from .secret import Secret
    from .secret_reference import SecretReference
    from .source_config import SourceConfig
    from .source_config_deployment_type_type_0 import SourceConfigDeploymentTypeType0
    from .source_config_request import SourceConfigRequest
    from .source_config_request_deployment_type_type_0 import (
        SourceConfigRequestDeploymentTypeType0,
    )
    from .source_revision_config import SourceRevisionConfig
    from .source_revision_config_request import SourceRevisionConfigRequest
    from .token_event_summary import TokenEventSummary
    from .token_event_summary_detail_type_0 import TokenEventSummaryDetailType0
    from .upsert_agent_provider_token_request import UpsertAgentProviderTokenRequest
    from .upsert_agent_provider_token_request_metadata_type_0 import (
        UpsertAgentProviderTokenRequestMetadataType0,
    )
    from .validation_error import ValidationError
    from .volume import Volume
    from .volume_config_map_type_0 import VolumeConfigMapType0
    from .volume_csi_type_0 import VolumeCsiType0
    from .volume_downward_api_type_0 import VolumeDownwardAPIType0
    from .volume_empty_dir_type_0 import VolumeEmptyDirType0
    from .volume_mount import VolumeMount
    from .volume_nfs_type_0 import VolumeNfsType0
    from .volume_persistent_volume_claim_type_0 import VolumePersistentVolumeClaimType0
    from .volume_projected_type_0 import VolumeProjectedType0
    from .volume_secret_type_0 import VolumeSecretType0

_MODULES = {
    "AgentConnectionListResponse": ".agent_connection_list_response",
    "AgentConnectionResponse": ".agent_connection_response",
    "AuthAuthenticateRequest": ".auth_authenticate_request",
    "AuthAuthenticateResponse": ".auth_authenticate_response",
    "AuthAuthenticateResponseMetadataType0": ".auth_authenticate_response_metadata_type_0",
    "AuthStatus": ".auth_status",
    "AuthWaitResponse": ".auth_wait_response",
    "AuthWaitStatus": ".auth_wait_status",
    "Container": ".container",
    "ContainerEnvFromType0Item": ".container_env_from_type_0_item",
    "ContainerSecurityContextType0": ".container_security_context_type_0",
    "Context": ".context",
    "CreateAgentConnectionRequest": ".create_agent_connection_request",
    "Deployment": ".deployment",
    "DeploymentCreateRequest": ".deployment_create_request",
    "DeploymentCreateRequestSource": ".deployment_create_request_source",
    "DeploymentLogsList": ".deployment_logs_list",
    "DeploymentLogsListItemsItem": ".deployment_logs_list_items_item",
    "DeploymentPatchRequest": ".deployment_patch_request",
    "DeploymentPatchRequestRevisionSourceType0": ".deployment_patch_request_revision_source_type_0",
    "DeploymentResourceTiersUpdateRequest": ".deployment_resource_tiers_update_request",
    "DeploymentSource": ".deployment_source",
    "DeploymentStatus": ".deployment_status",
    "DeploymentTier": ".deployment_tier",
    "DeploymentTierUpdateRequest": ".deployment_tier_update_request",
    "DeploymentsList": ".deployments_list",
    "EngineInstallLink": ".engine_install_link",
    "EnginePickerInstallOption": ".engine_picker_install_option",
    "EnginePickerSelectResponse": ".engine_picker_select_response",
    "EnginePickerSessionResponse": ".engine_picker_session_response",
    "EnvVar": ".env_var",
    "EnvVarValueFromType0": ".env_var_value_from_type_0",
    "ForgeGithubInstallationsList": ".forge_github_installations_list",
    "ForgeGithubIntegration": ".forge_github_integration",
    "ForgeGithubPickerSelectionRequest": ".forge_github_picker_selection_request",
    "ForgeGithubPickerSelectionRequestAction": ".forge_github_picker_selection_request_action",
    "FreeDeploymentCountResponse": ".free_deployment_count_response",
    "GithubInstallLink": ".github_install_link",
    "GithubInstallLinkRequest": ".github_install_link_request",
    "GithubInstallationsList": ".github_installations_list",
    "GithubIntegration": ".github_integration",
    "GithubRepositoriesList": ".github_repositories_list",
    "GithubRepository": ".github_repository",
    "HasToken": ".has_token",
    "HTTPValidationError": ".http_validation_error",
    "ListDeploymentLogEntriesLevelType0": ".list_deployment_log_entries_level_type_0",
    "ListDeploymentLogEntriesLogType": ".list_deployment_log_entries_log_type",
    "ListDeploymentLogEntriesSortOrder": ".list_deployment_log_entries_sort_order",
    "ListDeploymentsDeploymentTypeType0": ".list_deployments_deployment_type_type_0",
    "ListRevisionLogsLevelType0": ".list_revision_logs_level_type_0",
    "ListRevisionLogsOrder": ".list_revision_logs_order",
    "ListRevisionLogsType": ".list_revision_logs_type",
    "Listener": ".listener",
    "ListenerComputeConfig": ".listener_compute_config",
    "ListenerConfig": ".listener_config",
    "ListenerCreateRequest": ".listener_create_request",
    "ListenerPatchRequest": ".listener_patch_request",
    "ListenersList": ".listeners_list",
    "LocalObjectReference": ".local_object_reference",
    "LogsResponse": ".logs_response",
    "LogsResponseLogsItem": ".logs_response_logs_item",
    "MCPOAuthProviderCreateRequest": ".mcpo_auth_provider_create_request",
    "OAuthFinalizeRequest": ".o_auth_finalize_request",
    "OAuthProviderCreateRequest": ".o_auth_provider_create_request",
    "OAuthProviderCreateRequestAuthorizationParams": ".o_auth_provider_create_request_authorization_params",
    "OAuthProviderCreateRequestProviderTypeType0": ".o_auth_provider_create_request_provider_type_type_0",
    "OAuthProviderCreateRequestTokenEndpointAuthMethod": ".o_auth_provider_create_request_token_endpoint_auth_method",
    "OAuthProviderResponse": ".o_auth_provider_response",
    "OAuthProviderResponseAuthorizationParams": ".o_auth_provider_response_authorization_params",
    "OAuthProviderUpdateRequest": ".o_auth_provider_update_request",
    "OAuthProviderUpdateRequestAuthorizationParamsType0": ".o_auth_provider_update_request_authorization_params_type_0",
    "OAuthTokenImportRequest": ".o_auth_token_import_request",
    "OAuthTokenImportRequestMetadataType0": ".o_auth_token_import_request_metadata_type_0",
    "OAuthTokenImportResponse": ".o_auth_token_import_response",
    "OAuthTokenStatusBatchRequest": ".o_auth_token_status_batch_request",
    "OAuthTokenStatusBatchResponse": ".o_auth_token_status_batch_response",
    "OAuthTokenStatusResponse": ".o_auth_token_status_response",
    "OAuthTokenSummary": ".o_auth_token_summary",
    "OAuthTokenUpdateRequest": ".o_auth_token_update_request",
    "ResourceRequirements": ".resource_requirements",
    "ResourceRequirementsLimitsType0": ".resource_requirements_limits_type_0",
    "ResourceRequirementsRequestsType0": ".resource_requirements_requests_type_0",
    "ResourceSpecInput": ".resource_spec_input",
    "ResourceSpecInputAnnotationsType0": ".resource_spec_input_annotations_type_0",
    "ResourceSpecInputLabelsType0": ".resource_spec_input_labels_type_0",
    "ResourceSpecOutput": ".resource_spec_output",
    "ResourceSpecOutputAnnotationsType0": ".resource_spec_output_annotations_type_0",
    "ResourceSpecOutputLabelsType0": ".resource_spec_output_labels_type_0",
    "Revision": ".revision",
    "RevisionSource": ".revision_source",
    "RevisionStatus": ".revision_status",
    "RevisionsList": ".revisions_list",
    "Secret": ".secret",
    "SecretReference": ".secret_reference",
    "SourceConfig": ".source_config",
    "SourceConfigDeploymentTypeType0": ".source_config_deployment_type_type_0",
    "SourceConfigRequest": ".source_config_request",
    "SourceConfigRequestDeploymentTypeType0": ".source_config_request_deployment_type_type_0",
    "SourceRevisionConfig": ".source_revision_config",
    "SourceRevisionConfigRequest": ".source_revision_config_request",
    "TokenEventSummary": ".token_event_summary",
    "TokenEventSummaryDetailType0": ".token_event_summary_detail_type_0",
    "UpsertAgentProviderTokenRequest": ".upsert_agent_provider_token_request",
    "UpsertAgentProviderTokenRequestMetadataType0": ".upsert_agent_provider_token_request_metadata_type_0",
    "ValidationError": ".validation_error",
    "Volume": ".volume",
    "VolumeConfigMapType0": ".volume_config_map_type_0",
    "VolumeCsiType0": ".volume_csi_type_0",
    "VolumeDownwardAPIType0": ".volume_downward_api_type_0",
    "VolumeEmptyDirType0": ".volume_empty_dir_type_0",
    "VolumeMount": ".volume_mount",
    "VolumeNfsType0": ".volume_nfs_type_0",
    "VolumePersistentVolumeClaimType0": ".volume_persistent_volume_claim_type_0",
    "VolumeProjectedType0": ".volume_projected_type_0",
    "VolumeSecretType0": ".volume_secret_type_0",
}


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AgentConnectionListResponse",
    "AgentConnectionResponse",
    "AuthAuthenticateRequest",
    "AuthAuthenticateResponse",
    "AuthAuthenticateResponseMetadataType0",
    "AuthStatus",
    "AuthWaitResponse",
    "AuthWaitStatus",
    "Container",
    "ContainerEnvFromType0Item",
    "ContainerSecurityContextType0",
    "Context",
    "CreateAgentConnectionRequest",
    "Deployment",
    "DeploymentCreateRequest",
    "DeploymentCreateRequestSource",
    "DeploymentLogsList",
    "DeploymentLogsListItemsItem",
    "DeploymentPatchRequest",
    "DeploymentPatchRequestRevisionSourceType0",
    "DeploymentResourceTiersUpdateRequest",
    "DeploymentSource",
    "DeploymentStatus",
    "DeploymentTier",
    "DeploymentTierUpdateRequest",
    "DeploymentsList",
    "EngineInstallLink",
    "EnginePickerInstallOption",
    "EnginePickerSelectResponse",
    "EnginePickerSessionResponse",
    "EnvVar",
    "EnvVarValueFromType0",
    "ForgeGithubInstallationsList",
    "ForgeGithubIntegration",
    "ForgeGithubPickerSelectionRequest",
    "ForgeGithubPickerSelectionRequestAction",
    "FreeDeploymentCountResponse",
    "GithubInstallLink",
    "GithubInstallLinkRequest",
    "GithubInstallationsList",
    "GithubIntegration",
    "GithubRepositoriesList",
    "GithubRepository",
    "HTTPValidationError",
    "HasToken",
    "ListDeploymentLogEntriesLevelType0",
    "ListDeploymentLogEntriesLogType",
    "ListDeploymentLogEntriesSortOrder",
    "ListDeploymentsDeploymentTypeType0",
    "ListRevisionLogsLevelType0",
    "ListRevisionLogsOrder",
    "ListRevisionLogsType",
    "Listener",
    "ListenerComputeConfig",
    "ListenerConfig",
    "ListenerCreateRequest",
    "ListenerPatchRequest",
    "ListenersList",
    "LocalObjectReference",
    "LogsResponse",
    "LogsResponseLogsItem",
    "MCPOAuthProviderCreateRequest",
    "OAuthFinalizeRequest",
    "OAuthProviderCreateRequest",
    "OAuthProviderCreateRequestAuthorizationParams",
    "OAuthProviderCreateRequestProviderTypeType0",
    "OAuthProviderCreateRequestTokenEndpointAuthMethod",
    "OAuthProviderResponse",
    "OAuthProviderResponseAuthorizationParams",
    "OAuthProviderUpdateRequest",
    "OAuthProviderUpdateRequestAuthorizationParamsType0",
    "OAuthTokenImportRequest",
    "OAuthTokenImportRequestMetadataType0",
    "OAuthTokenImportResponse",
    "OAuthTokenStatusBatchRequest",
    "OAuthTokenStatusBatchResponse",
    "OAuthTokenStatusResponse",
    "OAuthTokenSummary",
    "OAuthTokenUpdateRequest",
    "ResourceRequirements",
    "ResourceRequirementsLimitsType0",
    "ResourceRequirementsRequestsType0",
    "ResourceSpecInput",
    "ResourceSpecInputAnnotationsType0",
    "ResourceSpecInputLabelsType0",
    "ResourceSpecOutput",
    "ResourceSpecOutputAnnotationsType0",
    "ResourceSpecOutputLabelsType0",
    "Revision",
    "RevisionSource",
    "RevisionStatus",
    "RevisionsList",
    "Secret",
    "SecretReference",
    "SourceConfig",
    "SourceConfigDeploymentTypeType0",
    "SourceConfigRequest",
    "SourceConfigRequestDeploymentTypeType0",
    "SourceRevisionConfig",
    "SourceRevisionConfigRequest",
    "TokenEventSummary",
    "TokenEventSummaryDetailType0",
    "UpsertAgentProviderTokenRequest",
    "UpsertAgentProviderTokenRequestMetadataType0",
    "ValidationError",
    "Volume",
    "VolumeConfigMapType0",
    "VolumeCsiType0",
    "VolumeDownwardAPIType0",
    "VolumeEmptyDirType0",
    "VolumeMount",
    "VolumeNfsType0",
    "VolumePersistentVolumeClaimType0",
    "VolumeProjectedType0",
    "VolumeSecretType0",
)
