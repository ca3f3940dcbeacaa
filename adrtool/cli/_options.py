"""Options shared by several commands: output formats with their old names, and the record filters."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import click

# The plain-text format is `text` everywhere; the names some commands used before stay as aliases.
FORMAT_ALIASES = {"table": "text", "plain": "text"}


class FormatChoice(click.Choice):  # type: ignore[type-arg, unused-ignore]  # generic in newer click
    """A --format choice that also takes the old names of its formats (`table` for `text`), shown by their
    current name."""

    def __init__(self, choices: Sequence[str], aliases: Mapping[str, str] | None = None) -> None:
        super().__init__(list(choices), case_sensitive=False)
        self.aliases = {old: new for old, new in (aliases or FORMAT_ALIASES).items() if new in choices}

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        text = str(value).lower()
        return super().convert(self.aliases.get(text, text), param, ctx)

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        return [CompletionItem(choice) for choice in self.choices if str(choice).startswith(incomplete.lower())]


def status_option(help_text: str = "Only records with this status (repeatable).") -> Callable[[Any], Any]:
    return click.option("--status", "-s", "statuses", multiple=True, metavar="STATUS", help=help_text,
                        shell_complete=lazy("statuses"))


def tag_option(help_text: str = "Only records with this tag (repeatable).") -> Callable[[Any], Any]:
    return click.option("--tag", "-t", "tags", multiple=True, metavar="TAG", help=help_text,
                        shell_complete=lazy("tags"))


def ref_argument(name: str = "ref", **kwargs: Any) -> Callable[[Any], Any]:
    """A REF argument (a record's number, file name or path), completed with the log's numbers and titles."""
    return click.argument(name, shell_complete=lazy("records"), **kwargs)


def lazy(name: str) -> Callable[[click.Context, click.Parameter, str], list[Any]]:
    """The completion ``adrtool.cli.completion.NAME``, imported only when the shell asks for it."""
    def complete(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
        from adrtool.cli import completion

        found: list[Any] = getattr(completion, name)(incomplete)
        return found

    return complete
