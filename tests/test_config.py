"""Config: default is valid, user files merge over it, every error is one clear line."""
from __future__ import annotations

import subprocess
import sys

import pytest

from tui import bindings
from tui.config import DEFAULT_CONFIG, ConfigError, load_config, user_config_path


def write(tmp_path, text, name="user.yaml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_default_config_is_valid_and_complete():
    cfg = load_config(use_user_file=False)
    assert cfg.engine == "builtin" and cfg.theme == "textual-dark"
    assert set(cfg.highlights) == {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "quote", "date", "disagreement"}
    assert all(h.show for h in cfg.highlights.values())


def test_default_keymap_names_every_binding_id():
    cfg = load_config(use_user_file=False)
    assert set(cfg.keymap) == bindings.all_ids()


def test_default_config_passes_its_own_validation(tmp_path):
    # the shipped file, given as a user file, is accepted as is
    cfg = load_config(DEFAULT_CONFIG)
    assert cfg.files[-1] == str(DEFAULT_CONFIG)


def test_user_file_merges_over_default(tmp_path):
    p = write(tmp_path, "highlights:\n  PERSON: {style: \"italic red\"}\n  date: {show: false}\n"
                        "keymap:\n  quit: x\ntheme: nord\n")
    cfg = load_config(p)
    assert cfg.highlights["PERSON"].style == "italic red"
    assert cfg.highlights["PERSON"].show is True  # untouched fields keep the default
    assert cfg.highlights["date"].show is False
    assert cfg.keymap["quit"] == "x" and cfg.keymap["help"] == "question_mark"
    assert cfg.theme == "nord"


def test_xdg_user_file_is_found(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    path = user_config_path()
    path.parent.mkdir(parents=True)
    path.write_text("theme: gruvbox\n", encoding="utf-8")
    assert load_config().theme == "gruvbox"


def test_empty_user_file_is_the_default(tmp_path):
    assert load_config(write(tmp_path, "")).highlights == load_config(use_user_file=False).highlights


@pytest.mark.parametrize("text,line,needle", [
    ("theme: [unclosed\n", 2, "invalid YAML"),
    ("highlights:\n  PERSN: {show: true}\n", 2, "highlights.PERSN: unknown key"),
    ("colours: {}\n", 1, "colours: unknown key"),
    ("highlights:\n  ORG:\n    style: \"bold #ggg\"\n", 3, "highlights.ORG.style: '#ggg' is not a colour"),
    ("highlights:\n  ORG:\n    style: \"bold on\"\n", 3, "highlights.ORG.style: 'on' must be followed"),
    ("highlights:\n  quote:\n    show: maybe\n", 3, "highlights.quote.show: expected true or false"),
    ("analysis:\n  engine: [builtin]\n", 2, "analysis.engine: expected a string"),
    ("analysis:\n  engine: gpt\n", 2, "'gpt' is not an engine"),
    ("keymap:\n  quit: \"ctrl q\"\n", 2, "keymap.quit: 'ctrl q' is not a key name"),
    ("keymap:\n  fly: f\n", 2, "keymap.fly: unknown key"),
    ("theme: neon\n", 1, "theme: unknown theme 'neon'"),
    ("articles: [a, b]\n", 1, "articles: expected a mapping"),
    ("- just\n- a list\n", 1, "must be a mapping"),
])
def test_config_errors_name_file_line_and_key(tmp_path, text, line, needle):
    p = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(p)
    msg = str(err.value)
    assert msg.startswith(f"{p}: line {line}: "), msg
    assert needle in msg
    assert "\n" not in msg


def test_missing_config_file(tmp_path):
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "nope.yaml")


def test_not_utf8_config(tmp_path):
    p = tmp_path / "bin.yaml"
    p.write_bytes(b"theme: \xff\n")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(p)


@pytest.mark.parametrize("command", [[], ["analyze", "--json", "seeds"]])
def test_bad_config_exits_2_with_one_line(tmp_path, command, seeds):
    p = write(tmp_path, "highlights:\n  ORG:\n    style: \"#12345z\"\n")
    args = [a if a != "seeds" else str(seeds) for a in command]
    proc = subprocess.run([sys.executable, "-m", "tui.cli", *args, "--config", str(p)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert lines[0] == f"newsreader: {p}: line 3: highlights.ORG.style: '#12345z' is not a colour Textual can parse"
