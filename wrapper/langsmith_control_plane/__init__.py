"""A typed Python SDK for the LangSmith Deployment Control Plane API.

```python
from langsmith_control_plane import ControlPlane

with ControlPlane() as cp:               # key, workspace and URL from the environment
    result = cp.auth.wait(auth_id, timeout=300)
    print(result.token)
```
"""

from ._client import AsyncControlPlane, ControlPlane
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
    UnexpectedAuthStatusError,
    UnexpectedResponseError,
)
from .models import AuthCheckResult, AuthResult, AuthWaitResponse, AuthWaitStatus

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncControlPlane",
    "AuthCheckResult",
    "AuthNotFoundError",
    "AuthResult",
    "AuthWaitResponse",
    "AuthWaitStatus",
    "AuthWaitTimeoutError",
    "AuthenticationError",
    "ClientClosedError",
    "ConfigurationError",
    "ControlPlane",
    "ControlPlaneError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "UnexpectedAuthStatusError",
    "UnexpectedResponseError",
    "__version__",
]
