"""The `adr` command: a root group whose subcommands are imported only when they run, and ``run``, the one
place where whatever a command raised becomes a message and an exit code.

Command modules import click and the standard library at the top and the core inside their functions,
so `adr --help` costs little more than importing click.
"""

from __future__ import annotations

import difflib
import importlib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import click

from adrtool import __version__
from adrtool.cache.answers import ROOT_OPTIONS_WITH_VALUE, command_position
from adrtool.cli._app import App, IsoDate, echo_error
from adrtool.errors import AdrError, ExitCode, report_bug
from adrtool.streams import reader_gone

# name -> module under adrtool.cli; the module defines a click command called `command`.
# A module holding several commands maps their names in a dict called `commands`.
COMMANDS = {
    "init": "init",
    "new": "new",
    "list": "list_",
    "show": "show",
    "edit": "edit",
    "due": "due",
    "cycles": "cycles",
    "feed": "feed",
    "revisit": "revisit",
    "accept": "lifecycle",
    "reject": "lifecycle",
    "deprecate": "lifecycle",
    "supersede": "lifecycle",
    "status": "lifecycle",
    "link": "lifecycle",
    "lifecycle": "lifecycle",
    "convert": "convert",
    "log": "log",
    "renumber": "renumber",
    "validate": "validate",
    "rules": "rules",
    "index": "index",
    "graph": "graph",
    "site": "site",
    "mcp": "mcp",
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

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Each command with its summary in full (click cuts it at 45 characters)."""
        rows = [(name, command.get_short_help_str(limit=1_000))
                for name in self.list_commands(ctx) if (command := self.get_command(ctx, name)) is not None]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, global_options_first(args, self, ctx))

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple[str | None, click.Command | None,
                                                                               list[str]]:
        name = args[0] if args else ""
        if name not in COMMANDS and not name.startswith("-"):
            close = difflib.get_close_matches(name, list(COMMANDS), n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise click.UsageError(f"no such command {name!r}{hint}", ctx)
        return super().resolve_command(ctx, args)


def global_options_first(args: list[str], group: click.Group, ctx: click.Context) -> list[str]:
    """``args`` with the root's options that take a value (``ROOT_OPTIONS_WITH_VALUE``) written after the command
    moved before it (`adr list --dir docs/adr`, as people type it); not an option the command has of its own name
    (`adr init --dir`), a value of one of its options (`adr new -m --today ..`), or anything after `--`."""
    position = command_position(args)
    if position is None or args[position] not in COMMANDS:
        return args
    command = group.get_command(ctx, args[position])
    options = [param for param in command.params if isinstance(param, click.Option)] if command is not None else []
    own = {name for param in options for name in (*param.opts, *param.secondary_opts)}
    valued = {name for param in options if not param.is_flag and not param.count for name in param.opts}
    moved: list[str] = []
    rest: list[str] = []
    index = position + 1
    while index < len(args):
        arg = args[index]
        name = arg.split("=", 1)[0]
        if arg == "--":
            rest.extend(args[index:])
            break
        if name in ROOT_OPTIONS_WITH_VALUE and name not in own:
            taken = 1 if "=" in arg else 2
            if index + taken > len(args):
                if ctx.resilient_parsing:  # completing the command line: it is still being written
                    return args
                raise click.BadOptionUsage(name, f"option {name} requires a value")
            moved.extend(args[index:index + taken])
            index += taken
            continue
        rest.append(arg)
        if arg in valued and index + 1 < len(args):
            rest.append(args[index + 1])  # the option's value, whatever it looks like
            index += 1
        index += 1
    return [*args[:position], *moved, args[position], *rest] if moved else args


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

    --dir and --today may follow the command too (adr list --dir docs/adr).

    Exit codes: 0 ok; 1 findings (due decisions, rule violations, stale index); 2 bad usage or
    unreadable input.
    """
    app = ctx.ensure_object(App)
    app.directory, app.today_option = directory, today


@dataclass
class Outcome:
    """How a command line ended: its exit code, and the command that ran with its parsed options (None when
    parsing failed or only help was asked for)."""

    code: int
    command: str | None = None
    params: dict[str, Any] = field(default_factory=dict)


COMPLETE_VAR = "_ADR_COMPLETE"  # click's name for it: _{PROG}_COMPLETE


class ReaderGone(Exception):
    """stdout's reader went away (`adr list | head`): not an error."""


def run(argv: Sequence[str]) -> Outcome:
    """Run the command line ``argv`` (after `adr`); every exception a user can cause becomes one line on
    stderr and its exit code here, and nowhere else."""
    app = App()
    instruction = os.environ.get(COMPLETE_VAR)
    if instruction:  # the shell asks for completions (README: Shell completion)
        from click.shell_completion import shell_complete

        return Outcome(shell_complete(cli, {"obj": app}, "adr", COMPLETE_VAR, instruction))
    code = _run(list(argv) or ["--help"], app)
    return Outcome(int(code), app.command, app.params)


def _run(argv: list[str], app: App) -> int:
    try:
        try:
            with cli.make_context("adr", argv, obj=app) as ctx:
                returned = cli.invoke(ctx)
        except BrokenPipeError as error:
            raise ReaderGone() from error
        return ExitCode.OK if returned is None else int(returned)
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.UsageError as error:
        echo_error(usage_line(error))
        return ExitCode.USAGE
    except click.ClickException as error:
        echo_error(_sentence(error.format_message()))
        return error.exit_code
    except AdrError as error:
        echo_error(str(error))
        return error.exit_code
    except ReaderGone:
        reader_gone()
        return ExitCode.OK
    except (KeyboardInterrupt, click.Abort, EOFError):
        echo_error("interrupted")
        return ExitCode.INTERRUPTED
    except OSError as error:  # the environment, not the log: an output stream full or closed, a disk gone
        where = f": {error.filename}" if error.filename else ""
        echo_error(f"{error.strerror or error}{where}")
        return ExitCode.USAGE
    except Exception as error:
        if os.environ.get("ADR_DEBUG"):  # show the traceback (the test suite sets it)
            raise
        echo_error(report_bug(error))
        return ExitCode.BUG


def usage_line(error: click.UsageError) -> str:
    """click's usage error as one line, with where to read more: `no such option --foo; see adr list --help`."""
    path = error.ctx.command_path if error.ctx is not None else "adr"
    return f"{_sentence(error.format_message())}{_dash_hint(error)}; see {path} --help"


def _dash_hint(error: click.UsageError) -> str:
    """How to pass a value that opens with a dash (`adr new '- x'`), which click takes for an unknown option, to a
    command that takes values without an option (a title, a REF): after `--`."""
    if not isinstance(error, click.NoSuchOption) or error.possibilities or error.ctx is None \
            or not any(isinstance(param, click.Argument) for param in error.ctx.command.params):
        return ""
    return f" (a value that starts with '-' goes after `--`: {error.ctx.command_path} -- VALUE)"


def _sentence(message: str) -> str:
    text = " ".join(message.split())
    text = re.sub(r"^No such option: ", "no such option ", text)
    text = re.sub(r"\.?\s+Did you mean (.+?)\?$", r" (did you mean \1?)", text)
    text = text.rstrip(".")
    return text[:1].lower() + text[1:] if text[1:2].islower() or text[1:2] == " " else text

