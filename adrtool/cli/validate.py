from __future__ import annotations

from pathlib import Path

import click

from adrtool.cli._app import App, echo, echo_error, pass_app
from adrtool.cli._options import FormatChoice, lazy
from adrtool.errors import ExitCode


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "output", type=FormatChoice(["text", "json", "github"]), default="text",
              show_default=True, help="text for people, json for bots, github for workflow annotations.")
@click.option("--select", multiple=True, metavar="CODES", shell_complete=lazy("rule_codes"),
              help="Only these rules: codes, prefixes or names, "
              "comma-separated or repeated (added to config `select`).")
@click.option("--ignore", multiple=True, metavar="CODES", shell_complete=lazy("rule_codes"),
              help="Never these rules (added to config `ignore`).")
@click.option("--strict", is_flag=True, help="Warnings fail too (exit 1).")
@click.option("--against", metavar="REV", help="ADR501: records added on this branch whose number REV (the "
              "branch it merges into, e.g. origin/main) already gives to another record.")
@click.option("--since", metavar="REV", help="ADR502: accepted decisions whose text changed in the commits since "
              "REV (e.g. the last release tag): supersede a decision rather than edit it.")
@pass_app
def command(app: App, paths: tuple[Path, ...], output: str, select: tuple[str, ...], ignore: tuple[str, ...],
            strict: bool, against: str | None, since: str | None) -> ExitCode:
    """Check the decision log against the rules (`adr rules` lists them).

    PATH... limits the report to those files or directories; rules that compare records still read the
    whole log. Exit 1 on errors (and on warnings with --strict, or, with --strict, when no record was read), 0
    otherwise, 2 when the log cannot be read.

    Two checks read git: --against REV compares this branch with another one (will the numbers collide
    when they merge?), --since REV compares the log with an older state of itself (was an accepted
    decision edited since?). In a pull request, the first is --against the target branch, the second
    --since the merge base or the last release.

    \b
    Examples:
      adr validate --strict
      adr validate decisions/0007-keep-linuxbridge.md --ignore ADR306
      adr validate --select ADR3,ADR4 --format github
      adr validate --against origin/main --since v1.0
    """
    from adrtool.rules import report, validate

    log = app.load_log(outside=True)
    result = validate(app.workspace, log, app.calendar, app.today, app.store, paths=paths, select=select,
                      ignore=ignore, against=against, since=since)
    if output == "json":
        echo(report.as_json(result.findings, app.workspace))
    elif result.findings:
        render = report.as_github if output == "github" else report.as_text
        echo(render(result.findings, app.workspace))
    if output == "text" and result.findings:
        echo_error(report.summary(result.errors, result.warnings) + (" (--strict)" if strict else ""))
    if result.failed(strict):
        return ExitCode.FINDINGS
    if strict and not paths and not log.records and not log.failures:  # nothing checked is no pass
        echo_error(f"no record was read in {app.workspace.relative(app.workspace.decision_dir)}, so none was "
                   "validated (--strict)")
        return ExitCode.FINDINGS
    return ExitCode.OK
