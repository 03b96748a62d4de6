"""Open the article source at once, in a thread, while the UI is imported.

Importing Textual takes most of the start-up; reading the articles (or the
library's rows) at the same time means the first frame can already show them.
"""
from __future__ import annotations

import threading

from tui.library.sources import Opened


class Preload:
    """Runs ``source.open()`` in a daemon thread; ``result()`` waits for it."""

    def __init__(self, source) -> None:
        self.source = source
        self._opened = Opened([])
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="preload", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._opened = self.source.open()
        except Exception as e:  # an unexpected failure must not hang the app
            self._opened = Opened([], [f"cannot open the articles: {e}"])
        finally:
            self._done.set()

    def done(self) -> bool:
        return self._done.is_set()

    def result(self, timeout: float | None = None) -> Opened:
        self._done.wait(timeout)
        return self._opened
