"""The `adr` command: a root group whose subcommands are imported only when they run.

Command modules import click and the standard library at the top and the core inside their functions,
so `adr --help` costs little more than importing click.
"""

from __future__ import annotations

import gc
import importlib
from typing import Any

import click

from adrtool import __version__
from adrtool.cli import _app
from adrtool.cli._app import App, IsoDate, echo_error
from adrtool.errors import AdrError

# name -> module under adrtool.cli; the module defines a click command called `command`.
# A module holding several commands maps their names in a dict called `commands`.
COMMANDS = {
    "init": "init",
    "new": "new",
    "list": "list_",
    "show": "show",
    "due": "due",
    "cycles": "cycles",
    "revisit": "revisit",
    "accept": "lifecycle",
    "reject": "lifecycle",
    "deprecate": "lifecycle",
    "supersede": "lifecycle",
    "status": "lifecycle",
    "convert": "convert",
    "log": "log",
    "renumber": "renumber",
    "validate": "validate",
    "rules": "rules",
    "index": "index",
    "graph": "graph",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module_name = COMMANDS.get(cmd_name)
        if module_name is None:
            return None
        module = importlib.import_module(f"adrtool.cli.{module_name}")
        command = getattr(module, "commands", {}).get(cmd_name) or module.command
        return command  # type: ignore[no-any-return]

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        from adrtool.cli._answering import ARGV

        ctx.meta[ARGV] = tuple(args)  # an answer is kept under the command line as given
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except AdrError as error:
            echo_error(str(error))
            ctx.exit(error.exit_code)
        except BrokenPipeError:  # `adr list | head`
            from adrtool.console import reader_gone

            reader_gone()
            ctx.exit(0)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--dir", "directory", metavar="PATH", help="Decision directory (default: config, .adr-dir, "
              "then decisions/, doc/adr, docs/adr, docs/decisions).")
@click.option("--today", type=IsoDate(), envvar="ADR_TODAY", metavar="DATE",
              help="Take DATE (YYYY-MM-DD) as today, e.g. to replay a CI run. Env: ADR_TODAY.")
@click.version_option(__version__, "--version", prog_name="adr")
@click.pass_context
def cli(ctx: click.Context, directory: str | None, today: Any) -> None:
    """Decision records with a due date.

    Keep each decision as a numbered Markdown record with a status and a revisit point (a release
    cycle's PTG or a date), and let CI and the next planning meeting know which decisions are due.

    \b
    Examples:
      adr init
      adr new --revisit yoga Keep the Linuxbridge backend for Xena
      adr due --cycle yoga
      adr validate --strict && adr index --check

    Exit codes: 0 ok; 1 findings (due decisions, rule violations, stale index); 2 bad usage or
    unreadable input.
    """
    ctx.obj = App(directory=directory, today_option=today)


def main() -> None:
    # One command, one short process: what it loads (thousands of records, kept to its end) would have the
    # cycle collector go over it again and again: a fifth of a warm `adr validate` at 10,000 records. So
    # collect less often, with mypy's thresholds (mypy/build.py); garbage cycles are still freed.
    gc.set_threshold(200_000, 30, 30)
    _app.ONE_COMMAND_PROCESS = True
    cli(prog_name="adr")
