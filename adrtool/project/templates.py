"""The Jinja2 environment: the project's template directory first, then the templates adrtool ships.

StrictUndefined makes a misspelt variable in a template an error instead of an empty string.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adrtool.errors import ReadError, UsageError

if TYPE_CHECKING:
    import jinja2

_PLAIN_SCALAR = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._()/@+-]*$")
_YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}


def shipped_templates() -> Path:
    """The default templates: inside the installed package, or the repository's `templates/` in a checkout."""
    from adrtool.project.package import shipped_templates_dir

    return Path(shipped_templates_dir())


def shipped_template(template: str, project_templates: Path | None) -> Path | None:
    """The shipped file `render` takes `template` from; None when the project's template directory has its own
    (or does not exist, which `render` reports). Lets a caller stand in for a shipped template without Jinja2."""
    if project_templates is not None and (not project_templates.is_dir() or (project_templates / template).is_file()):
        return None
    path = shipped_templates() / template
    return path if path.is_file() else None


def yaml_scalar(value: Any) -> str:
    """One YAML flow scalar that reads back as the same string, int or date."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if _PLAIN_SCALAR.match(text) and text.lower() not in _YAML_WORDS and not _looks_numeric(text):
        return text
    return json.dumps(text, ensure_ascii=False)


def _looks_numeric(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def yaml_list(values: Any) -> str:
    return "[" + ", ".join(yaml_scalar(value) for value in values) + "]"


@functools.lru_cache(maxsize=4)
def environment(project_templates: Path | None) -> jinja2.Environment:
    import jinja2

    loaders: list[jinja2.BaseLoader] = []
    if project_templates is not None:
        if not project_templates.is_dir():
            raise UsageError(f"templates directory {project_templates} does not exist (config `templates`)")
        loaders.append(jinja2.FileSystemLoader(project_templates))
    loaders.append(jinja2.FileSystemLoader(shipped_templates()))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "htm"), default_for_string=False),
    )
    env.filters["yaml_scalar"] = yaml_scalar
    env.filters["yaml_list"] = yaml_list
    return env


def render(template: str, project_templates: Path | None, **variables: Any) -> str:
    import jinja2

    env = environment(project_templates)
    try:
        return env.get_template(template).render(**variables)
    except jinja2.TemplateNotFound:
        raise UsageError(f"template {template} not found in {project_templates or shipped_templates()}") from None
    except jinja2.TemplateSyntaxError as error:
        raise ReadError(f"template error: {error.message}", path=error.filename or template,
                        line=error.lineno) from None
    except jinja2.UndefinedError as error:
        raise UsageError(f"template {template}: {error.message}") from None
