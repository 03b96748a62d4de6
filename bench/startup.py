"""Time from process start to the first painted screen, newsreader vs a minimal Textual app.

Each program runs in a real pseudo-terminal (120x40); the clock stops when the
terminal output first shows the marker text (for newsreader: a seed title in the
sidebar: the source line of the first seed, so the articles are really on screen), then the program is sent `q`.
Prints the median of N runs of each and the ratio.  Target: ratio <= 1.5.

    python bench/startup.py [-n 7]
"""
from __future__ import annotations

import argparse
import os
import pty
import re
import select
import signal
import statistics
import struct
import sys
import termios
import fcntl
import time
from pathlib import Path

ANSI = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-B]|\x1b[=>78]")

MINIMAL = r"""
from textual.app import App
from textual.widgets import Static
class Minimal(App):
    BINDINGS = [("q", "quit")]
    def compose(self):
        yield Static("minimal app painted")
Minimal().run()
"""


def compile_package() -> None:
    """Bytecode for newsreader's modules, as pip writes when it installs the package.

    An editable checkout run with PYTHONDONTWRITEBYTECODE=1 would otherwise
    recompile every module of ours at each start, which no installed copy does.
    """
    import compileall

    import tui

    compileall.compile_dir(Path(tui.__file__).parent, quiet=1)


def time_to_marker(argv: list[str], marker: bytes, timeout: float = 30.0) -> float:
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # child
        os.environ["TERM"] = "xterm-256color"
        os.environ.pop("TEXTUAL", None)
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    seen = b""
    elapsed = None
    try:
        while time.perf_counter() - start < timeout:
            r, _, _ = select.select([fd], [], [], 0.05)
            if not r:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if marker in ANSI.sub(b"", seen):
                elapsed = time.perf_counter() - start
                break
        os.write(fd, b"q")
        deadline = time.perf_counter() + 5
        while time.perf_counter() < deadline:
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            r, _, _ = select.select([fd], [], [], 0.05)
            if r:
                try:
                    os.read(fd, 65536)
                except OSError:
                    pass
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    finally:
        os.close(fd)
    if elapsed is None:
        raise SystemExit(f"startup: {' '.join(argv)} did not show {marker!r} within {timeout:.0f} s")
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=7, help="runs of each program (default 7)")
    args = ap.parse_args()
    exe = sys.executable
    import tempfile

    compile_package()

    data = tempfile.mkdtemp(prefix="newsreader-bench-")
    # `newsreader` as a user runs it: the library (here in a temporary folder),
    # seeded with the bundled articles by a first run that is not timed.
    app_cmd = [exe, "-m", "tui.cli", "--data-dir", data]
    time_to_marker(app_cmd, b"ALBAWABA")
    runs = {"minimal Textual app": [], "newsreader (seeds)": []}
    for _ in range(args.n):  # interleaved, so both see the same machine load
        runs["minimal Textual app"].append(time_to_marker([exe, "-c", MINIMAL], b"minimal app painted"))
        runs["newsreader (seeds)"].append(time_to_marker(app_cmd, b"ALBAWABA"))
    med = {k: statistics.median(v) for k, v in runs.items()}
    for k, v in runs.items():
        print(f"{k:22s} median {med[k] * 1000:7.1f} ms   (min {min(v) * 1000:.1f}, max {max(v) * 1000:.1f}, n={len(v)})")
    ratio = med["newsreader (seeds)"] / med["minimal Textual app"]
    print(f"{'ratio':22s} {ratio:.2f}x   (target <= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
