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
    AuthWaitTimeout,
    ConfigurationError,
    ControlPlaneError,
    InternalServerError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    UnexpectedResponseError,
)
from .models import AuthResult, AuthWaitStatus

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncControlPlane",
    "AuthNotFoundError",
    "AuthResult",
    "AuthWaitStatus",
    "AuthWaitTimeout",
    "AuthenticationError",
    "ConfigurationError",
    "ControlPlane",
    "ControlPlaneError",
    "InternalServerError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "UnexpectedResponseError",
    "__version__",
]
