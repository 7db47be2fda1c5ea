"""``python -m newsextract``: the same command line as ``newsextract``."""

import sys

from newsextract.scale.cli import main

# The guard matters: spawned worker processes import the main module under another name.
if __name__ == "__main__":
    sys.exit(main())
