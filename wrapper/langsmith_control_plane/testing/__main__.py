"""`python -m langsmith_control_plane.testing serve|create|complete|expire`."""

import sys

from langsmith_control_plane.testing._cli import main

sys.exit(main())
