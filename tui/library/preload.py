"""Start reading article files at once, in a thread, while the UI is imported.

Importing Textual takes most of the start-up; reading the articles at the same
time means the first frame can already show them.
"""
from __future__ import annotations

import threading

from tui.model import Article


class Preload:
    """Loads ``paths`` in a daemon thread; ``result()`` waits for it."""

    def __init__(self, paths: list[str]) -> None:
        self.paths = paths
        self._articles: list[Article] = []
        self._errors: list[str] = []
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="preload", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            from tui.library.loader import load_paths

            self._articles, self._errors = load_paths(self.paths)
        except Exception as e:  # an unexpected failure must not hang the app
            self._errors = [f"cannot load articles: {e}"]
        finally:
            self._done.set()

    def done(self) -> bool:
        return self._done.is_set()

    def result(self, timeout: float | None = None) -> tuple[list[Article], list[str]]:
        self._done.wait(timeout)
        return self._articles, self._errors
