"""The Textual app: sidebar of articles, the reader, panels of findings, legend."""
from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.widgets import Footer, OptionList, Static

from tui import bindings
from tui.analysis import analyze, cache_key
from tui.config import Config
from tui.library.preload import Preload
from tui.highlighters import KIND_GROUPS, Mark, legend, marks_for, parse_style
from tui.model import Analysis, Article
from tui.screens.help import HelpScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.reader import Reader


WIDE = 120  # columns from which the panels show beside the reader by default


class NewsReader(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "newsreader"
    BINDINGS = bindings.APP

    def __init__(self, config: Config, paths: list[str], preload: Preload | None = None) -> None:
        super().__init__()
        self.config = config
        self.paths = paths
        self.preload = preload
        self.articles: list[Article] = []
        self.by_id: dict[str, Article] = {}
        self.analyses: dict[str, Analysis] = {}  # cache by content hash + engine version
        self.current: Article | None = None
        self.hl_styles = {k: parse_style(h.style) for k, h in config.highlights.items()}
        self.names = {k: h.name for k, h in config.highlights.items()}
        self.shown = {k for k, h in config.highlights.items() if h.show}
        self.marks: list[Mark] = []
        self.mark_index = -1
        self.load_errors: list[str] = []
        self.panels_wanted: bool | None = None  # None: shown when the terminal is wide enough

    # -- layout -----------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield ArticleList(id="articles")
            yield Reader(id="reader")
            # the panels are mounted after the first frame (see _mount_panels)
        yield Static(id="legend", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.theme = self.config.theme
        self.set_keymap(self.config.keymap)
        self.query_one("#articles").border_title = "Articles"
        self.query_one("#reader").border_title = "Reader"
        self._update_legend()
        self.call_after_refresh(self._mount_panels)
        if self.preload is not None and self.preload.done():
            self._articles_loaded(*self.preload.result())  # read while textual was imported
        else:
            self.load_articles()

    def _mount_panels(self) -> None:
        """The panels cost a fifth of start-up: they join after the first frame."""
        from tui.widgets.panels import Panels

        panels = Panels(id="panels")
        panels.display = self._panels_wanted_now()
        self.query_one("#main").mount(panels)
        self.call_after_refresh(self.refresh_reader)

    @property
    def panels(self):
        from tui.widgets.panels import Panels

        found = self.query(Panels)
        return found.first() if found else None

    # -- loading and analysis (thread workers; the UI thread only renders) -------
    @work(thread=True, exclusive=True, group="load")
    def load_articles(self) -> None:
        articles, errors = (self.preload or Preload(self.paths)).result()
        seen: set[str] = set()
        for art in articles:  # ids must be unique in the list
            if art.id in seen:
                art.id = art.path
            seen.add(art.id)
        self.call_from_thread(self._articles_loaded, articles, errors)

    def _articles_loaded(self, articles: list[Article], errors: list[str]) -> None:
        self.articles = articles
        self.by_id = {a.id: a for a in articles}
        self.load_errors = errors
        for e in errors:
            self.notify(e, title="Cannot open", severity="error", markup=False)
        for a in articles:
            for w in a.warnings:
                self.notify(f"{a.path}: {w}", title="Warning", severity="warning", markup=False)
        lst = self.query_one(ArticleList)
        lst.set_articles(articles)
        lst.border_subtitle = f"{len(articles)}"
        lst.focus()
        if articles:  # after the list is on screen: the reader is the slower part
            self.call_after_refresh(self.open_article, articles[0].id)
        else:
            self.query_one(Reader).show(None, [], self.hl_styles)

    def _analysis_of(self, article: Article) -> Analysis:
        key = cache_key(article.text, article.published)
        found = self.analyses.get(key)
        if found is None:
            found = analyze(article.text, article.published)
            self.analyses[key] = found
        return found

    def analysis_for(self, article: Article) -> Analysis | None:
        return self.analyses.get(cache_key(article.text, article.published))

    @work(thread=True, exclusive=True, group="analysis")
    def analyse_in_background(self, article: Article) -> None:
        self._analysis_of(article)
        self.call_from_thread(self._analysis_ready, article.id)

    def _analysis_ready(self, article_id: str) -> None:
        if self.current is not None and self.current.id == article_id:
            self.refresh_reader()

    # -- showing -----------------------------------------------------------------
    def open_article(self, article_id: str) -> None:
        article = self.by_id.get(article_id)
        if article is None:
            return
        if self.current is not None and self.current.id == article.id:
            return
        self.current = article
        self.mark_index = -1
        self.refresh_reader()
        if self.analysis_for(article) is None:
            self.call_after_refresh(self.analyse_in_background, article)

    def refresh_reader(self) -> None:
        article = self.current
        analysis = self.analysis_for(article) if article else None
        self.marks = marks_for(analysis, self.shown)
        current = self.marks[self.mark_index] if 0 <= self.mark_index < len(self.marks) else None
        self.query_one(Reader).show(article, self.marks, self.hl_styles, current,
                                    analysing=article is not None and analysis is None)
        if self.panels is not None:
            self.panels.show(analysis, self.hl_styles, self.names)

    def _update_legend(self) -> None:
        self.query_one("#legend", Static).update(legend(self.hl_styles, self.names, self.shown))

    # -- events ----------------------------------------------------------------
    @on(OptionList.OptionHighlighted, "#articles")
    def _preview(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id:
            self.open_article(event.option.id)

    @on(OptionList.OptionSelected, "#articles")
    def _open(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.open_article(event.option.id)
            self.query_one(Reader).focus()

    def on_finding_list_jump(self, event) -> None:
        for i, m in enumerate(self.marks):
            if m.start == event.offset:
                self.mark_index = i
                break
        self.refresh_reader()
        self.query_one(Reader).scroll_to_offset(event.offset)

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

    def action_save_screenshot(self) -> None:
        path = self.save_screenshot(path=str(Path.cwd()))
        self.notify(f"Saved {path}", markup=False)
