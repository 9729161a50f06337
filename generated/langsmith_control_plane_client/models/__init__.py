"""Contains all the data models used in inputs/outputs"""

from .auth_wait_response import AuthWaitResponse
from .auth_wait_status import AuthWaitStatus
from .http_validation_error import HTTPValidationError
from .validation_error import ValidationError

__all__ = (
    "AuthWaitResponse",
    "AuthWaitStatus",
    "HTTPValidationError",
    "ValidationError",
)
