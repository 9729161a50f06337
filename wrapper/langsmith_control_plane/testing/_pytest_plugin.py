"""The pytest plugin (entry point `pytest11`): the `control_plane_emulator` fixture.

It imports nothing beyond pytest at module level, so installing this distribution without
the `emulator` extra leaves pytest working; only a test that asks for the fixture needs it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from langsmith_control_plane.testing import Emulator


@pytest.fixture
def control_plane_emulator() -> Iterator[Emulator]:
    """A running `Emulator` with the default credentials, fresh for each test."""
    from langsmith_control_plane.testing import Emulator

    with Emulator() as emulator:
        yield emulator
