"""Entry point for ``python -m listener``."""

from listener.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
