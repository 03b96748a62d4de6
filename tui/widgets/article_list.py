"""The sidebar: one option per article (title, then source and date)."""
from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui import bindings
from tui.model import Article


def article_prompt(article: Article) -> Text:
    """Title on the first line, 'source · date' dimmed below; plain text only."""
    prompt = Text()
    if article.warnings:
        prompt.append("⚠ ", "bold yellow")
    prompt.append(article.title or article.id, "bold")
    meta = " · ".join(x for x in (article.source, article.published) if x)
    if meta:
        prompt.append("\n")
        prompt.append(meta, "dim")
    return prompt


class ArticleList(OptionList):
    """Articles in the sidebar; highlighting previews, Enter/l opens."""

    inherit_bindings = False
    BINDINGS = bindings.ARTICLE_LIST

    def set_articles(self, articles: list[Article]) -> None:
        self.clear_options()
        self.add_options([Option(article_prompt(a), id=a.id) for a in articles])
        if articles:
            self.highlighted = 0
