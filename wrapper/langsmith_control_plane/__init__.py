"""A typed Python SDK for the LangSmith Deployment Control Plane API.

```python
from langsmith_control_plane import ControlPlane

with ControlPlane() as cp:      # key, workspace and URL from the environment
    token = cp.auth.get_token("github", ["repo"], user_id="user-123")
```
"""

from ._client import AsyncControlPlane, ControlPlane
from ._pages import AsyncPage, AsyncPager, RawResponse, SyncPage
from ._policy import RetryEvent
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    AuthNotFoundError,
    AuthWaitTimeoutError,
    ClientClosedError,
    ConfigurationError,
    ControlPlaneError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    RevisionFailedError,
    RevisionWaitTimeoutError,
    UnexpectedAuthStatusError,
    UnexpectedResponseError,
)
from .models import (
    AuthAuthenticateResponse,
    AuthCheckResult,
    AuthenticateResult,
    AuthResult,
    AuthStatus,
    AuthWaitResponse,
    AuthWaitStatus,
)

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncControlPlane",
    "AsyncPage",
    "AsyncPager",
    "AuthAuthenticateResponse",
    "AuthCheckResult",
    "AuthNotFoundError",
    "AuthResult",
    "AuthStatus",
    "AuthWaitResponse",
    "AuthWaitStatus",
    "AuthWaitTimeoutError",
    "AuthenticateResult",
    "AuthenticationError",
    "ClientClosedError",
    "ConfigurationError",
    "ControlPlane",
    "ControlPlaneError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RequestValidationError",
    "RetryEvent",
    "RevisionFailedError",
    "RevisionWaitTimeoutError",
    "SyncPage",
    "UnexpectedAuthStatusError",
    "UnexpectedResponseError",
    "__version__",
]
