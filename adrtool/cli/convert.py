from __future__ import annotations

import click

from adrtool.cli._app import App, echo, pass_app


@click.command()
@click.argument("refs", nargs=-1, metavar="[REF]...")
@click.option("--dry-run", is_flag=True, help="Print the unified diff of each conversion; write nothing.")
@pass_app
def command(app: App, refs: tuple[str, ...], dry_run: bool) -> None:
    """Rewrite adr-tools and MADR 2 records into the canonical front-matter form.

    Metadata moves into YAML front matter; the rest of the body is kept as it is. Without REF, every
    record not yet in the canonical form is converted.

    \b
    Examples:
      adr convert --dry-run
      adr convert 3 4
    """
    import difflib

    from adrtool import fsio
    from adrtool.records.convert import convert

    log = app.load_log()
    records = [log.find(ref) for ref in refs] if refs else list(log.records)
    conversions = []
    for record in records:
        conversion = convert(record, fsio.read_text(record.path))
        if conversion is not None:
            conversions.append(conversion)
    for conversion in conversions:
        name = app.workspace.relative(conversion.path)
        if dry_run:
            diff = difflib.unified_diff(conversion.old.decode("utf-8-sig").splitlines(keepends=True),
                                        conversion.new.decode("utf-8-sig").splitlines(keepends=True),
                                        f"a/{name}", f"b/{name}")
            echo("".join(diff), nl=False)
        else:
            fsio.replace_file(conversion.path, conversion.new, conversion.old)
            echo(f"converted {name}")
    if conversions and not dry_run:
        app.refresh_index()
    if not conversions:
        echo("nothing to convert: every record is in the canonical form", err=True)
