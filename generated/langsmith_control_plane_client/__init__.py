"""A client library for accessing LangSmith Deployment Control Plane API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
