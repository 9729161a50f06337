"""A typed Python SDK for the LangSmith Deployment Control Plane API."""

__version__ = "0.1.0"

__all__ = ["__version__"]
