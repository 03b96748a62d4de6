"""The sidebar: one option per article (title, then source and date)."""
from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from tui import bindings
from tui.model import Article


def display_name(article) -> str:
    """How an article is named where space is short: its source, else its title."""
    if article.source:
        return article.source
    title = article.title or article.id
    return title if len(title) <= 28 else title[:27].rsplit(" ", 1)[0] + "…"


def article_prompt(article, unread: bool = False, indent: bool = False) -> Text:
    """Title on the first line, 'source · date' dimmed below; plain text only."""
    prompt = Text()
    if indent:
        prompt.append("  ")
    prompt.append("● " if unread else "  ", "bold #5fafff")
    if getattr(article, "warnings", ()):
        prompt.append("⚠ ", "bold yellow")
    prompt.append(article.title or article.id, "bold")
    meta = " · ".join(x for x in (article.source, article.published) if x)
    if meta:
        prompt.append("\n  " + ("  " if indent else ""))
        prompt.append(meta, "dim")
    return prompt


def story_header(size: int, topics: list[str]) -> Text:
    out = Text(f"▾ story · {size} articles", style="bold")
    if topics:
        out.append("\n  " + ", ".join(topics), "italic dim")
    return out


class ArticleList(OptionList):
    """Articles in the sidebar; highlighting previews, Enter/l opens."""

    inherit_bindings = False
    BINDINGS = bindings.ARTICLE_LIST

    def set_articles(self, articles: list, stories: list[list[str]] | None = None,
                     topics: dict[int, list[str]] | None = None, read: set[str] | frozenset = frozenset(),
                     keep: str | None = None) -> None:
        """List the articles, grouped under a header per story of two or more.

        ``keep``: the id to keep highlighted (the open article) across regrouping.
        """
        by_id = {a.id: a for a in articles}
        options: list[Option] = []
        if stories:
            grouped = [s for s in stories if len(s) > 1]
            singles = [i for s in stories if len(s) == 1 for i in s]
            for n, story in enumerate(grouped):
                options.append(Option(story_header(len(story), (topics or {}).get(n, [])), disabled=True))
                options += [Option(article_prompt(by_id[i], i not in read, indent=True), id=i)
                            for i in story if i in by_id]
            if grouped and singles:
                options.append(Option(Text("▾ other articles", style="bold"), disabled=True))
            options += [Option(article_prompt(by_id[i], i not in read), id=i) for i in singles if i in by_id]
        else:
            options = [Option(article_prompt(a, a.id not in read), id=a.id) for a in articles]
        self.clear_options()
        self.add_options(options)
        target = keep if keep in by_id else None
        for index, option in enumerate(options):
            if not option.disabled and (target is None or option.id == target):
                self.highlighted = index
                break

    def mark_read(self, row, indent: bool) -> None:
        """Redraw one article's entry with or without its unread mark."""
        try:
            self.replace_option_prompt(row.id, article_prompt(row, not row.read, indent))
        except OptionDoesNotExist:  # not listed (yet)
            pass
