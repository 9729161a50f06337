"""Contains all the data models used in inputs/outputs"""

from .auth_authenticate_request import AuthAuthenticateRequest
from .auth_authenticate_response import AuthAuthenticateResponse
from .auth_authenticate_response_metadata_type_0 import (
    AuthAuthenticateResponseMetadataType0,
)
from .auth_status import AuthStatus
from .auth_wait_response import AuthWaitResponse
from .auth_wait_status import AuthWaitStatus
from .http_validation_error import HTTPValidationError
from .validation_error import ValidationError

__all__ = (
    "AuthAuthenticateRequest",
    "AuthAuthenticateResponse",
    "AuthAuthenticateResponseMetadataType0",
    "AuthStatus",
    "AuthWaitResponse",
    "AuthWaitStatus",
    "HTTPValidationError",
    "ValidationError",
)
