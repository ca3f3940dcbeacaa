"""`python -m adrtool`: the `adr` command."""

from adrtool.console import main

main()
