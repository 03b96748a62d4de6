"""The Textual app: sidebar of articles, the reader, panels of findings, legend."""
from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, OptionList, Static

from tui import bindings
from tui.analysis import analyze, cache_key
from tui.config import Config
from tui.library.preload import Preload
from tui.highlighters import KIND_GROUPS, Mark, legend, marks_for, parse_style
from tui.model import Analysis, Article, Coverage, Disagreement
from tui.screens.help import HelpScreen
from tui.widgets.article_list import ArticleList, display_name
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
        self.read: set[str] = set()  # opened in this session
        self.stories: list[list[str]] | None = None  # None until the collection is compared
        self.flags: list[Disagreement] = []
        self.coverage: list[Coverage] = []

    # -- layout -----------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield ArticleList(id="articles")
            with Vertical(id="center"):
                yield Reader(id="reader")
            # the panels and the story pane are mounted after the first frame
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

        from tui.widgets.disagreements import StoryPane

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

    # -- loading and analysis (thread workers; the UI thread only renders) -------
    @work(thread=True, exclusive=True, group="load")
    def load_articles(self) -> None:
        articles, errors = (self.preload or Preload(self.paths)).result()
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
        lst.set_articles(articles, read=self.read)
        lst.border_subtitle = f"{len(articles)}"
        lst.focus()
        if articles:  # after the list is on screen: the reader is the slower part
            self.call_after_refresh(self.open_article, articles[0].id)
            self.call_after_refresh(self.compare_collection)
        else:
            self.query_one(Reader).show(None, [], self.hl_styles)

    @work(thread=True, exclusive=True, group="collection")
    def compare_collection(self) -> None:
        """Analyse every article, group them into stories, compare within each story."""
        from tui.analysis.contract import analyze_collection

        articles = list(self.articles)
        current = self.current
        if current is not None:  # the open article first: the reader is waiting for it
            self._analysis_of(current)
        analyses = {a.id: self._analysis_of(a) for a in articles}
        col = analyze_collection(articles, analyses)
        self.call_from_thread(self._collection_ready, col)

    def _collection_ready(self, col) -> None:
        self.stories = [list(s) for s in col.stories]
        self.flags = list(col.disagreements)
        self.coverage = list(col.coverage)
        grouped = [s for s in self.stories if len(s) > 1]
        topics = {n: story_topics([self.by_id[i] for i in s], [col.analyses[i] for i in s])
                  for n, s in enumerate(grouped)}
        lst = self.query_one(ArticleList)
        lst.set_articles(self.articles, self.stories, topics, self.read,
                         keep=self.current.id if self.current else None)
        lst.border_subtitle = f"{len(self.articles)} · {len(grouped)} stories"
        self.refresh_reader()

    def _analysis_of(self, article: Article) -> Analysis:
        key = cache_key(article.text, article.published, self.config.engine)
        found = self.analyses.get(key)
        if found is None:
            found = analyze(article.text, article.published, self.config.engine, self.config.spacy_model)
            self.analyses[key] = found
        return found

    def analysis_for(self, article: Article) -> Analysis | None:
        return self.analyses.get(cache_key(article.text, article.published, self.config.engine))

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
        if article.id not in self.read:
            self.read.add(article.id)
            self.query_one(ArticleList).mark_read(article, self.read, self._in_story(article.id))
        self.refresh_reader()
        if self.analysis_for(article) is None:
            self.call_after_refresh(self.analyse_in_background, article)

    def _in_story(self, article_id: str) -> bool:
        return len(self.story_of(article_id)) > 1

    def story_of(self, article_id: str) -> list[str]:
        for story in self.stories or ():
            if article_id in story:
                return story
        return [article_id]

    def story_flags(self, article_id: str) -> tuple[list[Disagreement], list[Coverage]]:
        story = set(self.story_of(article_id))
        flags = [d for d in self.flags if d.a.article in story]
        coverage = [c for c in self.coverage if c.side.article in story]
        return flags, coverage

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

    def article_names(self) -> dict[str, str]:
        return {a.id: display_name(a) for a in self.articles}

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

        self.push_screen(CompareScreen(self.by_id[a_id], self.by_id[b_id], pair, max(at, 0),
                                       self.article_names()))

    def on_flag_list_compare(self, event) -> None:
        self.action_compare(event.index)

    def on_coverage_list_jump(self, event) -> None:
        self.open_article(event.article)
        self.query_one(Reader).call_after_refresh(self.query_one(Reader).scroll_to_offset, event.offset)

    def action_save_screenshot(self) -> None:
        path = self.save_screenshot(path=str(Path.cwd()))
        self.notify(f"Saved {path}", markup=False)


def story_topics(articles: list[Article], analyses: list[Analysis], limit: int = 3) -> list[str]:
    """The names every article of a story mentions, most mentioned first."""
    from collections import Counter

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
