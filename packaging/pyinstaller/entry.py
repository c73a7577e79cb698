"""PyInstaller entry script: the same `main` as the `vertrouwenspersoon` console script."""

from vertrouwenspersoon.__main__ import main

raise SystemExit(main())
