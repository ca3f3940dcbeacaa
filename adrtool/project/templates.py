"""The Jinja2 environment: the project's template directory first, then the templates adrtool ships.

StrictUndefined makes a misspelt variable in a template an error instead of an empty string.

Templates come from the repository, so they are untrusted: a cloned repository's `adr validate` renders
its index template. They run in Jinja2's immutable sandbox (no attribute starting with `_`, no method
that changes data, no unsafe callables: `{{ cycler.__init__.__globals__.os.system(...) }}` is refused),
with bounds on what can make a render hang or take all memory: numbers given to filters and repetition
(`"x" * n`, `n ** m`, `%` formats), the items all `range` calls of one render produce, the text it
writes and the time it takes. A template file is read only if it is a regular file inside the templates
directory (not a link out of it, never a FIFO). Any failure is one line naming the template.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adrtool.errors import AdrError, ReadError, UsageError

if TYPE_CHECKING:
    import jinja2

MAX_NUMBER = 10_000  # the largest number a filter or a global function may take
MAX_REPEATED = 1024 * 1024  # items a repetition (`"x" * n`) may make
MAX_TEXT = 64 * 1024 * 1024  # characters a render may write
MAX_RANGE_ITEMS = 1_000_000  # items all `range` calls of one render may produce
MAX_SECONDS = 60  # a render taking longer is stopped (Unix, main thread)
MAX_MEMORY = 1024 * 1024 * 1024  # more address space a render may take (Unix)
MAX_TEMPLATE_BYTES = 1024 * 1024

_PLAIN_SCALAR = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._()/@+-]*$")
_YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}


def shipped_templates() -> Path:
    """The default templates: inside the installed package, or the repository's `templates/` in a checkout."""
    from adrtool.project.package import shipped_templates_dir

    return Path(shipped_templates_dir())


def record_templates() -> list[str]:
    """The names of the shipped templates a record is written from (`record.md.j2`, `record-nygard.md.j2`,
    `record-madr2.md.j2`, `first-record.md.j2`), which a project's templates directory may replace."""
    return sorted(path.name for path in shipped_templates().glob("*record*.md.j2"))


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


def quoted_as(value: Any, quote: str | None) -> str:
    """``value`` as a YAML scalar quoted as the values around it are (``quoting``): `"` or `'`, "" plain where YAML
    reads it back as the same string (`superseded by [ADR-0042](0042-x.md)`), None as YAML needs (``yaml_scalar``);
    a number is never quoted."""
    if not isinstance(value, str) or quote is None:
        return yaml_scalar(value)
    if quote == '"':
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar
    if quote == "'":
        return "'" + value.replace("'", "''") + "'"
    return value if _reads_plain(value) else yaml_scalar(value)


def _reads_plain(text: str) -> bool:
    """Whether ``text`` written plain after a key reads back as that string."""
    if yaml_scalar(text) == text:
        return True
    if not text or text != text.strip() or text[0] in _INDICATORS or ": " in text or " #" in text \
            or text[-1] == ":" or "\n" in text:
        return False
    import yaml

    try:
        return bool(yaml.safe_load(f"key: {text}\n") == {"key": text})
    except yaml.YAMLError:
        return False


_INDICATORS = "-?:,[]{}#&*!|>'\"%@`"


def quote_of(raw: str) -> str | None:
    """How the YAML value ``raw`` (as written after its key, or a list's item) is quoted: `"`, `'`, "" for a word
    written plain; None for what tells nothing (a number, a day, a list, nothing)."""
    text = raw.strip()
    if text[:1] in ('"', "'"):
        return text[0]
    return "" if text[:1].isalpha() and text.split(" #", 1)[0].strip().lower() not in _YAML_WORDS else None


def quoting(raws: Any) -> str | None:
    """How most of the YAML values ``raws`` are quoted (``quote_of``); None where none tells, or two ways tie."""
    from collections import Counter

    counted = Counter(quote for raw in raws if (quote := quote_of(raw)) is not None).most_common(2)
    if not counted or (len(counted) > 1 and counted[0][1] == counted[1][1]):
        return None
    return counted[0][0]


class TemplateLimit(Exception):
    """A template went past one of the bounds (see the module's doc)."""


@functools.lru_cache(maxsize=4)
def environment(project_templates: Path | None) -> jinja2.Environment:
    import jinja2
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    loaders: list[jinja2.BaseLoader] = []
    if project_templates is not None:
        if not project_templates.is_dir():
            raise UsageError(f"templates directory {project_templates} does not exist (config `templates`)")
        loaders.append(_project_loader(project_templates))
    loaders.append(jinja2.FileSystemLoader(shipped_templates()))

    class Sandbox(ImmutableSandboxedEnvironment):
        intercepted_binops = frozenset(["*", "**", "%"])

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            _check_binop(operator, left, right)
            return super().call_binop(context, operator, left, right)

    env = Sandbox(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "htm"), default_for_string=False),
    )
    env.filters["yaml_scalar"] = yaml_scalar
    env.filters["yaml_list"] = yaml_list
    for name, function in list(env.filters.items()):
        env.filters[name] = _bounded(function)
    env.globals.pop("lipsum", None)  # its arguments multiply: lipsum(10**4, min=10**4, max=10**4)
    for name, value in list(env.globals.items()):
        if callable(value) and name != "range":  # cycler, joiner, namespace, dict
            env.globals[name] = _bounded(value)
    return env


def _project_loader(directory: Path) -> jinja2.BaseLoader:
    import jinja2
    from jinja2.loaders import split_template_path

    root = directory.resolve()

    class ProjectLoader(jinja2.BaseLoader):
        """The project's templates: regular files inside ``directory``, read through adrtool.fsio."""

        def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
            from adrtool.fsio import read_bytes

            path = root.joinpath(*split_template_path(template))
            if not (path.exists() or path.is_symlink()):
                raise jinja2.TemplateNotFound(template)
            if path.resolve() != root and root not in path.resolve().parents:
                raise UsageError(f"template {template} is a link to {path.resolve()}, outside the templates "
                                 f"directory {directory}")
            data = read_bytes(path, MAX_TEMPLATE_BYTES, "template")
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as error:
                raise ReadError(f"template is not UTF-8 text (byte 0x{data[error.start]:02x} at offset "
                                f"{error.start})", path=path) from None
            return text, str(path), lambda: False

    return ProjectLoader()


def _check_binop(operator: str, left: Any, right: Any) -> None:
    sized = (str, bytes, list, tuple)
    if operator == "*":
        for one, other in ((left, right), (right, left)):
            if isinstance(one, sized) and isinstance(other, int) and len(one) * max(other, 0) > MAX_REPEATED:
                raise TemplateLimit(f"a repetition makes more than {MAX_REPEATED} items")
        if isinstance(left, int) and isinstance(right, int) and max(abs(left), abs(right)) > 10 ** 100:
            raise TemplateLimit("a product of numbers too large for a template")
    elif operator == "**":
        if (isinstance(right, (int, float)) and abs(right) > 1000) or (isinstance(left, int) and abs(left) > 10 ** 100):
            raise TemplateLimit("a power too large for a template")
    elif operator == "%" and isinstance(left, str) and re.search(r"\d{5,}", left):
        raise TemplateLimit("a % format with a width or precision too large for a template")


def _bounded(function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter that refuses numbers too large for a template (a width of 10**9 makes a string of that size)."""
    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        for value in (*args, *kwargs.values()):
            if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_NUMBER:
                raise TemplateLimit(f"the number {value} is too large for a template (at most {MAX_NUMBER})")
        return function(*args, **kwargs)

    return call


class _Ranges:
    """`range` for one render: Jinja2's sandbox bounds each call; this bounds them all together."""

    def __init__(self) -> None:
        self.left = MAX_RANGE_ITEMS

    def __call__(self, *args: int) -> range:
        if any(isinstance(value, int) and abs(value) > 10 ** 12 for value in args):
            raise TemplateLimit("a range too large for a template")
        made = range(*args)
        self.left -= len(made)
        if self.left < 0:
            raise TemplateLimit(f"the ranges of one template make more than {MAX_RANGE_ITEMS} items")
        return made


def _overridden(template: str, project_templates: Path | None) -> bool:
    """Whether the project's template directory holds something named ``template`` (whatever it is: its
    loader says what is wrong with a link out or a FIFO), or is missing (its environment says so)."""
    if project_templates is None:
        return False
    path = project_templates / template
    return not project_templates.is_dir() or path.exists() or path.is_symlink()


def render(template: str, project_templates: Path | None, **variables: Any) -> str:
    return "".join(render_parts(template, project_templates, **variables))


def render_parts(template: str, project_templates: Path | None, **variables: Any) -> list[str]:
    """``render``'s text in parts of a few thousand pieces each, for a caller that frames a large text (one
    copy of it, not two); Jinja2's own join holds every piece at once (700,000 of them for an index of
    100,000 records: more memory than the text)."""
    import jinja2
    from jinja2.exceptions import SecurityError

    # A template the project does not override is taken from an environment of ours alone: an environment
    # that loaded our copy would go on serving it, from its cache, after the project added its own.
    env = environment(project_templates if _overridden(template, project_templates) else None)
    try:
        with _deadline(template):
            found = env.get_template(template)
            parts, pieces, written = [], [], 0
            for piece in found.generate(**variables, range=_Ranges()):
                written += len(piece)
                if written > MAX_TEXT:
                    raise TemplateLimit(f"it writes more than {MAX_TEXT} characters")
                pieces.append(piece)
                if len(pieces) == 4096:
                    parts.append("".join(pieces))
                    pieces.clear()
            parts.append("".join(pieces))
            return parts
    except jinja2.TemplateNotFound as error:
        missing = error.name or template
        included = f" (included by {template})" if missing != template else ""
        raise UsageError(f"template {missing} not found in {project_templates or shipped_templates()}{included}") \
            from None
    except jinja2.TemplateSyntaxError as error:
        raise ReadError(f"template error: {error.message}", path=error.filename or template,
                        line=error.lineno) from None
    except jinja2.UndefinedError as error:
        raise UsageError(f"template {template}: {error.message}") from None
    except SecurityError as error:
        raise UsageError(f"template {template} tried what templates may not: {error}") from None
    except AdrError:
        raise
    except TemplateLimit as error:
        raise UsageError(f"template {template} stopped: {error}") from None
    except RecursionError:
        raise UsageError(f"template {template} stopped: it recurses too deeply") from None
    except MemoryError:
        raise UsageError(f"template {template} stopped: it needs more memory than there is") from None
    except Exception as error:
        raise UsageError(f"template {template} failed: {type(error).__name__}: {error}") from None


def _alarm_free() -> bool:
    import signal

    return signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)


class _Deadline:
    def __init__(self, template: str) -> None:
        self.template = template
        self.armed = False
        self.memory: tuple[int, int] | None = None

    def __enter__(self) -> None:
        import signal
        import threading

        if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread() \
                or not _alarm_free():
            return

        def stop(signum: int, frame: object) -> None:
            raise TemplateLimit(f"it took more than {MAX_SECONDS} s")

        signal.signal(signal.SIGALRM, stop)
        signal.setitimer(signal.ITIMER_REAL, MAX_SECONDS)
        self.armed = True
        self.memory = _bound_memory()

    def __exit__(self, *exc: object) -> None:
        import signal

        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, signal.SIG_DFL)
            if self.memory is not None:
                import resource

                resource.setrlimit(resource.RLIMIT_AS, self.memory)


def _bound_memory() -> tuple[int, int] | None:
    """Limit the address space to what the process uses now plus ``MAX_MEMORY`` (a template that builds a huge
    string then fails with MemoryError instead of exhausting the machine); the limits to restore after."""
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as stream:
            used = int(stream.read().split()[0]) * resource.getpagesize()
        before = resource.getrlimit(resource.RLIMIT_AS)
        wanted = used + MAX_MEMORY
        if before[0] != resource.RLIM_INFINITY and before[0] <= wanted:
            return None
        resource.setrlimit(resource.RLIMIT_AS, (wanted, before[1]))
        return before
    except (ImportError, OSError, ValueError):
        return None


def _deadline(template: str) -> _Deadline:
    return _Deadline(template)
