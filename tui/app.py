"""The Textual app: sidebar of articles, the reader, panels of findings, legend.

The UI thread only renders.  Opening the source, loading an article, analysing,
comparing a story, searching, refreshing feeds and writing read state all run in
thread workers that hand their results back with ``call_from_thread``.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from textual import on, work
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Input, Static

from tui import bindings
from tui.analysis import ENGINE_VERSION, analyze
from tui.config import Config
from tui.highlighters import KIND_GROUPS, Mark, legend, marks_for, parse_style
from tui.library.preload import Preload
from tui.library.sources import Opened, Row
from tui.model import Analysis, Article, Coverage, Disagreement
from tui.screens.help import HelpScreen
from tui.widgets.article_list import ArticleList, display_name
from tui.widgets.reader import Reader

WIDE = 120  # columns from which the panels show beside the reader by default


class NewsReader(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "newsreader"
    BINDINGS = bindings.APP

    def __init__(self, config: Config, paths: list[str] | None = None, *, source=None,
                 preload: Preload | None = None) -> None:
        super().__init__()
        if source is None:
            from tui.library.sources import FileSource

            source = FileSource(list(paths or []))
        self.config = config
        self.source = source
        self.preload = preload
        self.rows: list[Row] = []
        self.row_by_id: dict[str, Row] = {}
        self.articles: dict[str, Article] = {}  # loaded so far
        self.analyses: dict[str, Analysis] = {}  # by article id
        self.current: Article | None = None
        self.wanted_id: str | None = None  # the article being opened
        self.hl_styles = {k: parse_style(h.style) for k, h in config.highlights.items()}
        self.names = {k: h.name for k, h in config.highlights.items()}
        self.shown = {k for k, h in config.highlights.items() if h.show}
        self.marks: list[Mark] = []
        self.mark_index = -1
        self.load_errors: list[str] = []
        self.panels_wanted: bool | None = None  # None: shown when the terminal is wide enough
        self.stories: list[list[str]] | None = None  # None until the collection is compared
        self.story_index: dict[str, list[str]] = {}  # article id -> its story
        self._names: dict[str, str] | None = None  # article id -> short name, per rows
        self.topics: dict[int, list[str]] = {}
        self.flags: list[Disagreement] = []
        self.coverage: list[Coverage] = []
        self.filter: tuple[str, list[str]] | None = None  # (what, ids) shown instead of all
        self.version = f"{config.engine}/{ENGINE_VERSION}"

    # -- layout -----------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            with Vertical(id="sidebar"):
                yield ArticleList(id="articles")  # the search box is mounted on first use
            with Vertical(id="center"):
                yield Reader(id="reader")
            # the panels and the story pane are mounted after the first frame
        yield Static(id="legend", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.theme = self.config.theme
        self.set_keymap(self.config.keymap)
        self.query_one("#articles").border_title = "Library" if self.source.library else "Articles"
        self.query_one("#reader").border_title = "Reader"
        self._update_legend()
        self.call_after_refresh(self._mount_panels)
        if self.preload is not None and self.preload.done():
            self._source_opened(self.preload.result())  # read while textual was imported
        else:
            self.open_source()

    def _mount_panels(self) -> None:
        """The panels cost a fifth of start-up: they join after the first frame."""
        from tui.widgets.disagreements import StoryPane
        from tui.widgets.panels import Panels

        panels = Panels(id="panels")
        panels.display = self._panels_wanted_now()
        self.query_one("#main").mount(panels)
        pane = StoryPane(id="story-pane")
        pane.display = False
        self.query_one("#center").mount(pane)
        self.call_after_refresh(self.refresh_reader)

    @property
    def story_pane(self):
        from tui.widgets.disagreements import StoryPane

        found = self.query(StoryPane)
        return found.first() if found else None

    @property
    def panels(self):
        from tui.widgets.panels import Panels

        found = self.query(Panels)
        return found.first() if found else None

    # -- the source --------------------------------------------------------------
    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def open_source(self) -> None:
        opened = (self.preload or Preload(self.source)).result()
        self.call_from_thread(self._source_opened, opened)

    def _source_opened(self, opened: Opened) -> None:
        self.load_errors = opened.errors
        for e in opened.errors:
            self.notify(e, title="Cannot open", severity="error", markup=False, timeout=10)
        for note in opened.notes:
            self.notify(note, title="Library", markup=False, timeout=10)
        for row in opened.rows:
            for w in row.warnings:
                self.notify(f"{row.title}: {w}", title="Warning", severity="warning", markup=False)
        self._set_rows(opened.rows)
        self.query_one(ArticleList).focus()
        if self.rows:  # after the list is on screen: the reader is the slower part
            self.call_after_refresh(self.open_article, self.rows[0].id)
            self.call_after_refresh(self.compare_collection)
        else:
            self.query_one(Reader).show(None, [], self.hl_styles)

    def _set_rows(self, rows: list[Row]) -> None:
        self.rows = rows
        self.row_by_id = {r.id: r for r in rows}
        self._names = None
        self._relist()

    def _subtitle(self) -> str:
        unread = sum(1 for r in self.rows if not r.read)
        grouped = sum(1 for s in self.stories or () if len(s) > 1)
        stories = f" · {grouped} {'story' if grouped == 1 else 'stories'}" if grouped else ""
        return f"{len(self.rows)} · {unread} unread{stories}"

    def _relist(self) -> None:
        """Redraw the sidebar: the filter's results, or every article grouped by story."""
        lst = self.query_one(ArticleList)
        keep = self.current.id if self.current else None
        read = {r.id for r in self.rows if r.read}
        if self.filter is not None:
            what, ids = self.filter
            lst.set_articles([self.row_by_id[i] for i in ids if i in self.row_by_id], read=read, keep=keep)
            lst.border_title = f"{what} ({len(ids)})"
            return
        lst.set_articles(self.rows, self.stories, self.topics, read, keep=keep)
        lst.border_title = "Library" if self.source.library else "Articles"
        lst.border_subtitle = self._subtitle()

    # -- analysis (thread workers) -------------------------------------------------
    def _analysis_of(self, article: Article) -> Analysis:
        """From memory, else the source's cache, else computed (and cached)."""
        found = self.analyses.get(article.id)
        if found is None:
            found = self.source.cached_analysis(article, self.version)
            if found is None:
                found = analyze(article.text, article.published, self.config.engine, self.config.spacy_model)
                self.source.store_analysis(article, self.version, found)
            self.analyses[article.id] = found
        return found

    def _article(self, article_id: str) -> Article:
        art = self.articles.get(article_id)
        if art is None:
            art = self.source.get(article_id)
            self.articles[article_id] = art
        return art

    @work(thread=True, exclusive=True, group="collection", exit_on_error=False)
    def compare_collection(self) -> None:
        """Analyse every article, group them into stories, compare within each story."""
        from tui.analysis.contract import analyze_collection

        ids = [r.id for r in self.rows]
        articles, analyses = [], {}
        for n, article_id in enumerate(ids):
            try:
                art = self._article(article_id)
            except KeyError:  # removed meanwhile
                continue
            articles.append(art)
            analyses[art.id] = self._analysis_of(art)
            if n % 200 == 199:
                self.call_from_thread(self._progress, f"analysing {n + 1:,}/{len(ids):,}")
        col = analyze_collection(articles, analyses)
        topics = {}
        for n, story in enumerate(s for s in col.stories if len(s) > 1):
            topics[n] = story_topics([col.analyses[i] for i in story])
        self.call_from_thread(self._collection_ready, col, topics)

    def _progress(self, text: str) -> None:
        self.query_one(ArticleList).border_subtitle = text

    def _collection_ready(self, col, topics) -> None:
        if col.failures:
            self.notify(f"{len(col.failures)} comparison step(s) failed and were skipped (a bug; please report "
                        f"it): {col.failures[0]}", title="Compare", severity="warning", markup=False, timeout=10)
        self.stories = [list(s) for s in col.stories]
        self.story_index = {i: story for story in self.stories for i in story}
        self.topics = topics
        self.flags = list(col.disagreements)
        self.coverage = list(col.coverage)
        self._relist()
        self.refresh_reader()

    # -- opening an article ------------------------------------------------------
    def open_article(self, article_id: str) -> None:
        if self.current is not None and self.current.id == article_id:
            return
        if article_id not in self.row_by_id:
            return
        self.wanted_id = article_id
        article = self.articles.get(article_id)
        if article is not None and article_id in self.analyses:
            self._show(article)
        else:
            self.load_article(article_id)

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def load_article(self, article_id: str) -> None:
        try:
            article = self._article(article_id)
        except KeyError:
            self.call_from_thread(self.notify, f"{article_id}: no longer in the library", severity="error")
            return
        self.call_from_thread(self._show, article)
        self._analysis_of(article)
        self.call_from_thread(self._analysis_ready, article_id)

    def _show(self, article: Article) -> None:
        if self.wanted_id != article.id:
            return  # the user moved on
        self.current = article
        self.mark_index = -1
        row = self.row_by_id.get(article.id)
        if row is not None and not row.read:
            self.set_read(row, True)
        self.refresh_reader()

    def _analysis_ready(self, article_id: str) -> None:
        if self.current is not None and self.current.id == article_id:
            self.refresh_reader()

    def set_read(self, row: Row, read: bool) -> None:
        row.read = read
        self.query_one(ArticleList).set_unread(row.id, not read)
        self._save_read(row.id, read)
        if self.filter is None:
            self.query_one(ArticleList).border_subtitle = self._subtitle()

    @work(thread=True, group="state", exit_on_error=False)
    def _save_read(self, article_id: str, read: bool) -> None:
        self.source.set_read(article_id, read)

    def analysis_for(self, article: Article) -> Analysis | None:
        return self.analyses.get(article.id)

    # -- stories -------------------------------------------------------------------
    def _in_story(self, article_id: str) -> bool:
        return self.filter is None and len(self.story_of(article_id)) > 1

    def story_of(self, article_id: str) -> list[str]:
        return self.story_index.get(article_id) or [article_id]

    def story_flags(self, article_id: str) -> tuple[list[Disagreement], list[Coverage]]:
        story = set(self.story_of(article_id))
        flags = [d for d in self.flags if d.a.article in story]
        coverage = [c for c in self.coverage if c.side.article in story]
        return flags, coverage

    def article_names(self) -> dict[str, str]:
        if self._names is None:
            self._names = {r.id: display_name(r) for r in self.rows}
        return self._names

    # -- drawing -------------------------------------------------------------------
    def refresh_reader(self) -> None:
        article = self.current
        analysis = self.analysis_for(article) if article else None
        flagged = []
        if article is not None:
            for d in self.story_flags(article.id)[0]:
                flagged += [(s.start, s.end) for s in (d.a, d.b) if s.article == article.id]
        self.marks = marks_for(analysis, self.shown, flagged)
        current = self.marks[self.mark_index] if 0 <= self.mark_index < len(self.marks) else None
        self.query_one(Reader).show(article, self.marks, self.hl_styles, current,
                                    analysing=article is not None and analysis is None)
        if self.panels is not None:
            self.panels.show(analysis, self.hl_styles, self.names)
        if self.story_pane is not None:
            flags, coverage = self.story_flags(article.id) if article else ([], [])
            self.story_pane.show_story(flags, coverage, self.article_names(), pending=self.stories is None)

    def _update_legend(self) -> None:
        self.query_one("#legend", Static).update(legend(self.hl_styles, self.names, self.shown))

    # -- events ----------------------------------------------------------------
    def on_article_list_highlighted(self, event: ArticleList.Highlighted) -> None:
        self.open_article(event.article_id)

    def on_article_list_selected(self, event: ArticleList.Selected) -> None:
        self.open_article(event.article_id)
        self.query_one(Reader).focus()

    def on_finding_list_jump(self, event) -> None:
        for i, m in enumerate(self.marks):
            if m.start == event.offset:
                self.mark_index = i
                break
        self.refresh_reader()
        self.query_one(Reader).scroll_to_offset(event.offset)

    def on_finding_list_filter(self, event) -> None:
        """Show only the articles that mention an entity (f in the entities panel)."""
        self.run_search(f'"{event.name}"', label=f"mentioning {event.name}")

    # -- search ------------------------------------------------------------------
    def action_search(self) -> None:
        found = self.query("#search")
        if found:
            box = found.first()
        else:
            box = Input(placeholder="search titles, text, names", id="search")
            self.query_one("#sidebar").mount(box, before=0)
        box.display = True
        box.focus()

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        query = event.value.strip()
        if query:
            self.run_search(query, label=f"search: {query}")
        else:
            self.action_clear_filter()
        self.query_one(ArticleList).focus()

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def run_search(self, query: str, label: str) -> None:
        def names(article_id: str) -> list[str]:
            an = self.analyses.get(article_id)
            return [e.text for e in an.entities] if an else []

        ids = self.source.search(query, names)
        self.call_from_thread(self._filtered, label, ids)

    def _filtered(self, label: str, ids: list[str]) -> None:
        self.filter = (label, ids)
        self._relist()
        if not ids:
            self.notify(f"Nothing found ({label}). Esc shows every article.", timeout=4, markup=False)

    def action_clear_filter(self) -> None:
        found = self.query("#search")
        box = found.first() if found else None
        if self.filter is None and (box is None or not box.display):
            return
        if box is not None:
            box.value = ""
            box.display = False
        self.filter = None
        self._relist()
        self.query_one(ArticleList).focus()

    # -- actions -----------------------------------------------------------------
    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.config.keymap))

    def action_toggle_kind(self, group: str) -> None:
        kinds = set(KIND_GROUPS.get(group, ()))
        if kinds & self.shown:
            self.shown -= kinds
        else:
            self.shown |= {k for k in kinds if k in self.hl_styles}
        self.mark_index = -1
        self._update_legend()
        self.refresh_reader()

    def action_next_highlight(self, step: int) -> None:
        if not self.marks:
            self.notify("No highlights in this article.", timeout=2)
            return
        self.mark_index = (self.mark_index + step) % len(self.marks) if self.mark_index >= 0 else (
            0 if step > 0 else len(self.marks) - 1)
        self.refresh_reader()
        self.query_one(Reader).scroll_to_offset(self.marks[self.mark_index].start)

    def action_toggle_read(self) -> None:
        """Mark the highlighted article read or unread."""
        highlighted = self.query_one(ArticleList).highlighted_id
        row = self.row_by_id.get(highlighted) if highlighted else None
        if row is not None:
            self.set_read(row, not row.read)

    def action_open_link(self) -> None:
        url = self.current.url if self.current else None
        if not url:
            self.notify("This article has no link to open.", timeout=3)
            return
        self._open_url(url)

    @work(thread=True, group="browser", exit_on_error=False)
    def _open_url(self, url: str) -> None:
        import webbrowser

        if not webbrowser.open(url):
            self.call_from_thread(self.notify, f"No browser could open {url}", severity="warning", markup=False)

    def action_refresh(self) -> None:
        if not getattr(self.source, "library", False):
            self.notify("Refreshing feeds works on the library: run newsreader without PATH.", timeout=4)
            return
        self.refresh_feeds()

    @work(thread=True, exclusive=True, group="refresh", exit_on_error=False)
    def refresh_feeds(self) -> None:
        def progress(done: int, total: int, result) -> None:
            self.call_from_thread(self._progress, f"refreshing {done}/{total}")

        report = self.source.refresh(progress)
        rows = self.source.rows()
        self.call_from_thread(self._refreshed, report, rows)

    def _refreshed(self, report, rows: list[Row]) -> None:
        if not report.results:
            self.notify("No feeds yet: add one with `newsreader feeds add URL`.", timeout=5, markup=False)
        else:
            failed = report.failed
            msg = f"{report.new} new article{'s' if report.new != 1 else ''} from {len(report.results)} feeds"
            if failed:
                msg += f"; {len(failed)} failed: " + "; ".join(r.line() for r in failed[:3])
            self.notify(msg, title="Refresh", severity="warning" if failed else "information",
                        markup=False, timeout=8)
        self._set_rows(rows)
        if report.new:
            self.compare_collection()

    def action_toggle_panels(self) -> None:
        if self.panels is None:
            return
        self.panels_wanted = not self.panels.display
        self._layout_panels()

    def on_resize(self) -> None:
        self._layout_panels()

    def _layout_panels(self) -> None:
        """Panels beside the reader when there is room (or when asked for with p)."""
        self.screen.set_class(self.size.width < 100, "narrow")
        if self.panels is not None:
            self.panels.display = self._panels_wanted_now()

    def _panels_wanted_now(self) -> bool:
        return self.panels_wanted if self.panels_wanted is not None else self.size.width >= WIDE

    def action_toggle_disagreements(self) -> None:
        """Show or hide the pane of the story's disagreements under the reader."""
        pane = self.story_pane
        if pane is None:
            return
        pane.display = not pane.display
        if pane.display:
            from tui.widgets.disagreements import FlagList

            pane.query_one(FlagList).focus()
        elif self.focused is None or not self.focused.display:
            self.query_one(Reader).focus()

    def action_compare(self, index: int | None = None) -> None:
        """Open the side-by-side view of the current article and another of its story."""
        article = self.current
        if article is None:
            return
        if self.stories is None:
            self.notify("Still comparing the articles; try again in a moment.", timeout=3)
            return
        flags = self.story_flags(article.id)[0]
        story = self.story_of(article.id)
        if index is None:
            index = next((i for i, d in enumerate(flags) if article.id in (d.a.article, d.b.article)), 0)
        if flags:
            d = flags[index]
            a_id, b_id = d.a.article, d.b.article
        elif len(story) > 1:
            a_id, b_id = article.id, next(i for i in story if i != article.id)
        else:
            self.notify("No other article tells this story.", timeout=3)
            return
        pair = [f for f in flags if {f.a.article, f.b.article} == {a_id, b_id}]
        at = pair.index(flags[index]) if flags else -1
        from tui.screens.compare import CompareScreen

        self.push_screen(CompareScreen(self.articles[a_id], self.articles[b_id], pair, max(at, 0),
                                       self.article_names(),
                                       {i: self.analyses.get(i) for i in (a_id, b_id)}))

    def on_flag_list_compare(self, event) -> None:
        self.action_compare(event.index)

    def on_coverage_list_jump(self, event) -> None:
        self.open_article(event.article)
        self.query_one(Reader).call_after_refresh(self.query_one(Reader).scroll_to_offset, event.offset)

    def action_save_screenshot(self) -> None:
        path = self.save_screenshot(path=str(Path.cwd()))
        self.notify(f"Saved {path}", markup=False)

    def on_worker_state_changed(self, event) -> None:
        """A background job that failed says so in one line; the app carries on."""
        from textual.worker import WorkerState

        if event.state == WorkerState.ERROR:
            error = event.worker.error
            what = {"load": "Opening the articles", "collection": "Comparing the articles",
                    "open": "Opening the article", "state": "Saving read state", "search": "Searching",
                    "browser": "Opening the link", "refresh": "Refreshing the feeds"}.get(event.worker.group,
                                                                                       "A background job")
            self.notify(f"{what} failed: {type(error).__name__}: {error}", severity="error",
                        markup=False, timeout=10)

    def on_unmount(self) -> None:
        self.source.close()


def story_topics(analyses: list[Analysis], limit: int = 3) -> list[str]:
    """The names every article of a story mentions, most mentioned first."""
    counts: Counter[str] = Counter()
    common: set[str] | None = None
    for an in analyses:
        names = {e.text for e in an.entities if e.label in ("PERSON", "ORG", "GPE", "LOC", "FAC")}
        common = names if common is None else common & names
        counts.update(e.text for e in an.entities)
    # prefer full names: drop a name that is the last word(s) of another kept name
    keep = sorted(common or (), key=lambda n: (-counts[n], n))
    out: list[str] = []
    for name in keep:
        if any(other.endswith(" " + name) or name.endswith(" " + other) for other in out):
            continue
        out.append(name)
    return out[:limit]
