"""Configuration: the default ``config.yaml`` merged with the user's file.

The default file is also the schema: a user file may only use keys the default
has (``keymap`` ids included), with values of the same type.  Anything else is a
:class:`ConfigError` naming the file, the line and the key, raised before any
of the config is used, so nothing is ever half-applied.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from tui.analysis import ENGINES

PACKAGE_DATA = Path(__file__).parent / "data"
DEFAULT_CONFIG = PACKAGE_DATA / "config.yaml"
_MODIFIERS = {"bold", "italic", "underline", "dim", "reverse", "strike", "blink", "not"}
_KEY = re.compile(r"^[A-Za-z0-9_+\-]+$|^[!-~]$")


class ConfigError(Exception):
    """One line for the user: 'FILE: line N: key: what is wrong'."""


@dataclass(frozen=True)
class Highlight:
    show: bool
    style: str
    name: str


@dataclass(frozen=True)
class Config:
    paths: tuple[str, ...]
    highlights: dict[str, Highlight]
    engine: str
    spacy_model: str
    theme: str
    keymap: dict[str, str]
    files: tuple[str, ...]  # the files merged, default first


def user_config_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "newsreader" / "config.yaml"


def _lines(node, path=(), out=None) -> dict[tuple, int]:
    """Line number (1-based) of every key path in a composed YAML node tree."""
    import yaml

    out = {} if out is None else out
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            k = path + (str(key.value),)
            out[k] = key.start_mark.line + 1
            _lines(value, k, out)
    return out


class _Lines:
    """Key path -> line, worked out only when an error needs it (composing is slow)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._map: dict[tuple, int] | None = None

    def get(self, key: tuple, default: int) -> int:
        if self._map is None:
            import yaml

            self._map = _lines(yaml.compose(self.text))
        return self._map.get(key, default)


def _read(path: Path) -> tuple[dict, _Lines]:
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except UnicodeDecodeError as e:
        raise ConfigError(f"{path}: not UTF-8 text (byte offset {e.start})") from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read ({e.strerror or e})") from None
    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise ConfigError(f"{path}: {line}invalid YAML: {problem}") from None
    if data is None:
        return {}, _Lines(text)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: line 1: the config must be a mapping of keys, not a {type(data).__name__}")
    return data, _Lines(text)


class _At:
    """'FILE: line N: key' — formatted (and the line looked up) only if used."""

    def __init__(self, path, lines, key, where, dotted) -> None:
        self.args = (path, lines, key, where, dotted)

    def __str__(self) -> str:
        path, lines, key, where, dotted = self.args
        return f"{path}: line {lines.get(key, lines.get(where, 1))}: {dotted}"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


_TYPE_NAMES = {bool: "true or false", str: "a string", list: "a list", dict: "a mapping", int: "a number"}


def _check(user: dict, default: dict, path: Path, lines: _Lines, where: tuple = ()) -> None:
    for key, value in user.items():
        k = where + (str(key),)
        dotted = ".".join(k)
        at = _At(path, lines, k, where, dotted)
        if key not in default:
            choices = ", ".join(sorted(map(str, default))) or "none"
            raise ConfigError(f"{at}: unknown key (expected one of: {choices})")
        want = default[key]
        if isinstance(want, dict):
            if not isinstance(value, dict):
                raise ConfigError(f"{at}: expected a mapping, got {_describe(value)}")
            _check(value, want, path, lines, k)
            continue
        if k[0] == "keymap":
            if not isinstance(value, (str, int)) or isinstance(value, bool) or not str(value).strip():
                raise ConfigError(f"{at}: expected keys like \"j,down\", got {_describe(value)}")
            for one in str(value).split(","):
                if not _KEY.match(one.strip()):
                    raise ConfigError(f"{at}: {one.strip()!r} is not a key name")
            continue
        if type(value) is not type(want) and not (want is None or value is None and k[-1] == "paths"):
            raise ConfigError(f"{at}: expected {_TYPE_NAMES.get(type(want), type(want).__name__)}, got {_describe(value)}")
        if k[0] == "highlights" and k[-1] == "style":
            problem = style_problem(value)
            if problem:
                raise ConfigError(f"{at}: {problem}")
        if k == ("analysis", "engine") and value not in ENGINES:
            raise ConfigError(f"{at}: {value!r} is not an engine (expected one of: {', '.join(ENGINES)})")
        if k == ("theme",):
            from textual.theme import BUILTIN_THEMES

            if value not in BUILTIN_THEMES:
                raise ConfigError(f"{at}: unknown theme {value!r} (try: {', '.join(list(BUILTIN_THEMES)[:6])}, ...)")
        if k == ("articles", "paths") and not all(isinstance(p, str) for p in value):
            raise ConfigError(f"{at}: expected a list of file or folder paths")


def _describe(value) -> str:
    if value is None:
        return "nothing"
    return {bool: "true/false", str: f"the string {value!r}", list: "a list", dict: "a mapping",
            int: f"the number {value}", float: f"the number {value}"}.get(type(value), type(value).__name__)


def style_problem(style: str) -> str | None:
    """Why a highlight style string is unusable, or None if it is fine."""
    from textual.color import Color, ColorParseError

    words = style.split()
    if not words:
        return "empty style"
    for i, word in enumerate(words):
        if word in _MODIFIERS or word == "on":
            if word == "on" and i == len(words) - 1:
                return "'on' must be followed by a background colour"
            continue
        try:
            Color.parse(word)
        except ColorParseError:
            return f"{word!r} is not a colour Textual can parse"
    return None


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for k, v in over.items():
        out[k] = _merge(base[k], v) if isinstance(v, dict) and isinstance(base.get(k), dict) and k != "keymap" else v
        if k == "keymap":
            out[k] = {**base.get(k, {}), **v}
    return out


def load_config(path: str | Path | None = None, *, use_user_file: bool = True) -> Config:
    """Default config merged with ``path`` (or the user's XDG file if it exists)."""
    default, _ = _read(DEFAULT_CONFIG)
    data = default
    files = [str(DEFAULT_CONFIG)]
    user_path = Path(path) if path is not None else (user_config_path() if use_user_file else None)
    if user_path is not None and (path is not None or user_path.exists()):
        user, lines = _read(user_path)
        _check(user, default, user_path, lines)
        data = _merge(default, user)
        files.append(str(user_path))
    hl = {k: Highlight(bool(v["show"]), str(v["style"]), str(v["name"])) for k, v in data["highlights"].items()}
    keymap = {k: str(v) for k, v in data["keymap"].items()}
    return Config(
        paths=tuple(data["articles"]["paths"] or ()),
        highlights=hl,
        engine=data["analysis"]["engine"],
        spacy_model=data["analysis"]["spacy_model"],
        theme=data["theme"],
        keymap=keymap,
        files=tuple(files),
    )
