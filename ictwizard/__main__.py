"""`python -m ictwizard` runs the same command line as the `ictwizard` script."""

from ictwizard.cli import main

raise SystemExit(main())
