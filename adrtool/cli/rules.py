from __future__ import annotations

import click

from adrtool.cli._app import echo
from adrtool.cli._options import FormatChoice


@click.command()
@click.option("--format", "output", type=FormatChoice(["text", "json", "markdown"]), default="text",
              show_default=True, help="markdown: the table the README shows.")
def command(output: str) -> None:
    """List every rule `adr validate` checks: code, default severity, name and why.

    Change a severity in config (`severity = { ADR306 = "error" }`, or "off"); choose rules with
    --select / --ignore or config `select` / `ignore`.

    \b
    Examples:
      adr rules
      adr rules --format markdown
    """
    from adrtool.rules import all_rules
    from adrtool.views import output as out

    rules = all_rules()
    if output == "json":
        echo(out.to_json([{"code": rule.code, "name": rule.name, "severity": rule.severity,
                                 "why": rule.why} for rule in rules]))
    elif output == "markdown":
        lines = ["| code | name | severity | why |", "|---|---|---|---|"]
        lines += [f"| {rule.code} | `{rule.name}` | {rule.severity} | {rule.why.replace('|', chr(92) + '|')} |"
                  for rule in rules]
        echo("\n".join(lines))
    else:
        echo(out.table([[rule.code, rule.severity, rule.name, rule.why] for rule in rules],
                             ["CODE", "SEVERITY", "NAME", "WHY"]))
