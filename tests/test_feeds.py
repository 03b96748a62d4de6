"""Feeds, fetching and page import against a real HTTP server on 127.0.0.1."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import library_http as H  # noqa: E402

from tui.library import feeds as F  # noqa: E402
from tui.library.fetch import FetchError, fetch  # noqa: E402
from tui.library.opml import OPMLError, export_opml, parse_opml  # noqa: E402
from tui.library.store import Store  # noqa: E402

FAST = F.FetchOptions(connect_timeout=2, read_timeout=0.3, total_timeout=5, max_bytes=1024 * 1024)


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "data")
    yield s
    s.close()


def _subscribe_ok(store, server):
    res = F.subscribe(store, server.url("/rss.xml"), FAST)
    assert res.error is None, res.error
    return res


# --------------------------------------------------------------------------- fetch

def test_fetch_ok_and_headers(server):
    r = fetch(server.url("/rss.xml"))
    assert r.status == 200 and b"<rss" in r.content
    assert r.content_type == "application/rss+xml"
    assert server.requests[-1][1]["user-agent"].startswith("newsreader/")


def test_fetch_404_is_one_clear_line(server):
    with pytest.raises(FetchError) as e:
        fetch(server.url("/nope.xml"))
    assert e.value.kind == "http" and e.value.status == 404
    assert str(e.value) == f"{server.url('/nope.xml')}: HTTP 404 Not Found"


def test_fetch_timeout(server):
    with pytest.raises(FetchError) as e:
        fetch(server.url("/slow.xml"), read_timeout=0.2)
    assert e.value.kind == "timeout"
    assert "timed out" in str(e.value) and "\n" not in str(e.value)


@pytest.mark.parametrize("path", ["/huge.xml", "/huge-declared.xml"])
def test_fetch_too_large_is_aborted(server, path):
    with pytest.raises(FetchError) as e:
        fetch(server.url(path), max_bytes=100_000)
    assert e.value.kind == "too_large"
    assert "too large" in str(e.value)


def test_fetch_connection_refused():
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError) as e:
        fetch(f"http://127.0.0.1:{port}/x", connect_timeout=2)
    assert e.value.kind in ("connect", "timeout")


def test_fetch_dns_failure_named(monkeypatch):
    import socket

    def no_dns(host, *a, **k):  # the resolver's answer for an unknown name, without asking one
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with pytest.raises(FetchError) as e:
        fetch("http://no-such-host.invalid/feed.xml", connect_timeout=2)
    assert e.value.kind == "dns"
    assert str(e.value) == ("http://no-such-host.invalid/feed.xml: host not found "
                            "(DNS lookup for no-such-host.invalid failed)")


def test_fetch_rejects_non_http():
    with pytest.raises(FetchError) as e:
        fetch("file:///etc/passwd")
    assert e.value.kind == "url"


def test_conditional_get(server, store):
    server.conditional("/cond.xml", H.RSS, etag='"v1"')
    url = server.url("/cond.xml")
    res = F.subscribe(store, url, FAST)
    assert res.new == 2
    feed = store.feed(url)
    assert feed.etag == '"v1"' and feed.last_modified
    again = F.refresh_feed(store, feed, FAST)
    assert again.not_modified and again.error is None
    assert server.requests[-1][1].get("if-none-match") == '"v1"'
    assert server.requests[-1][1].get("if-modified-since") == "Thu, 16 Oct 2025 10:00:00 GMT"


# --------------------------------------------------------------------------- parsing

def test_rss_feed_and_summary_only_entry_gets_its_page(server, store):
    res = _subscribe_ok(store, server)
    assert res.new == 2 and res.title == "Test Wire"
    rows = {r.title: r for r in store.articles()}
    assert set(rows) == {"Full story in the feed", "Summary only & linked"}
    full = store.get(rows["Full story in the feed"].id)
    assert "Paragraph 5 of the full story." in full.text
    assert full.published == "2025-10-16" and full.source == "Test Wire"
    linked = store.get(rows["Summary only & linked"].id)
    # the page's article, not the one-line summary, and without its nav/footer
    assert "Linked page paragraph 4." in linked.text
    assert "Maria Lopez" in linked.text
    assert "All rights reserved" not in linked.text and "Home" not in linked.text
    assert linked.url == server.url("/articles/one.html")
    assert linked.published == "2025-10-17"
    assert not linked.meta.get("summary_only")
    assert server.hits("/articles/one.html") == 1
    # the full entry's page was not fetched: the feed had the whole text
    assert server.hits("/articles/full.html") == 0


def test_atom_feed(server, store):
    res = F.subscribe(store, server.url("/atom.xml"), FAST)
    assert res.error is None and res.new == 1
    [row] = store.articles()
    art = store.get(row.id)
    assert art.title == "Atom entry with content"
    assert "Atom body 4." in art.text and art.published == "2025-10-18"
    assert len(art.blocks) == 5


def test_page_unreachable_keeps_summary(server, store):
    rss = H.RSS.replace("/articles/one.html", "/articles/gone.html")
    server.set("/gone.xml", rss)
    res = F.subscribe(store, server.url("/gone.xml"), FAST)
    assert res.error is None and res.new == 2
    assert len(res.page_errors) == 1 and "404" in res.page_errors[0]
    art = store.get(store.id_for_url(server.url("/articles/gone.html")))
    assert art.text == "Only a short summary of the story."
    assert art.meta["summary_only"] is True and "404" in art.meta["page_error"]


def test_refresh_is_idempotent_and_does_not_refetch_pages(server, store):
    _subscribe_ok(store, server)
    report = F.refresh(store, opts=FAST)
    assert report.new == 0 and not report.failed
    assert report.results[0].seen == 2
    assert server.hits("/articles/one.html") == 1


def test_html_page_is_not_a_feed_but_names_the_advertised_one(server, store):
    server.set("/site.html", '<html><head><link rel="alternate" type="application/rss+xml" '
                             'href="/rss.xml"></head><body>hi</body></html>', content_type="text/html")
    with pytest.raises(F.FeedError) as e:
        F.parse_feed(b'<html><head><link rel="alternate" type="application/atom+xml" href="/a.xml">'
                     b'</head></html>', server.url("/site.html"), "text/html")
    assert e.value.kind == "not_feed" and server.url("/a.xml") in str(e.value)
    # subscribe follows the advertised feed
    res = F.subscribe(store, server.url("/site.html"), FAST)
    assert res.error is None and res.url == server.url("/rss.xml")
    assert [f.url for f in store.feeds()] == [server.url("/rss.xml")]


def test_not_a_feed(server, store):
    res = F.subscribe(store, server.url("/page.html"), FAST)
    assert res.error == "not a feed: got an HTML page"
    assert store.feeds() == []
    with pytest.raises(F.FeedError, match="not a feed"):
        F.parse_feed(b'{"json": true}', "http://x/")


def test_entity_bomb_refused_before_parsing():
    with pytest.raises(F.FeedError) as e:
        F.parse_feed(H.BOMB, "http://x/bomb.xml")
    assert e.value.kind == "unsafe" and "refused" in str(e.value)
    # also in UTF-16, where a byte search for "<!ENTITY" would miss it
    with pytest.raises(F.FeedError):
        F.parse_feed(H.BOMB.decode().replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="utf-16"?>')
                     .encode("utf-16"), "http://x/bomb.xml")


def test_plain_doctype_is_allowed():
    rss = H.RSS.replace('<rss version="2.0"', '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
                        '"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="2.0"', 1)
    parsed = F.parse_feed(rss.encode(), "http://x/rss.xml")
    assert len(parsed.entries) == 2


def test_terminal_escapes_in_feed_titles_are_stripped():
    rss = H.RSS.replace("<title>Test Wire</title>", "<title>Evil\x1b]0;pwned\x07 Wire</title>")
    parsed = F.parse_feed(rss.encode(), "http://x/rss.xml")
    assert parsed.title == "Evil Wire"


# --------------------------------------------------------------------------- bad feeds lose nothing

@pytest.mark.parametrize("path,expect", [
    ("/missing.xml", "HTTP 404 Not Found"),
    ("/slow.xml", "timed out"),
    ("/huge.xml", "too large"),
    ("/huge-declared.xml", "too large"),
    ("/malformed.xml", "malformed feed"),
    ("/bomb.xml", "refused"),
    ("/page.html", "not a feed"),
])
def test_bad_feed_keeps_everything_stored(server, store, path, expect):
    _subscribe_ok(store, server)
    rss_url = server.url("/rss.xml")
    some = store.articles()[0].id
    store.set_read(some, True)
    store.set_starred(some, True)
    before = [(r.id, r.read, r.starred) for r in store.articles()]
    etag_before = store.feed(rss_url).etag

    bad_url = server.url(path)
    store.add_feed(bad_url, "Bad")
    report = F.refresh(store, opts=FAST)
    by_url = {r.url: r for r in report.results}
    assert by_url[rss_url].error is None
    bad = by_url[bad_url]
    assert bad.error and expect in bad.error and "\n" not in bad.error
    assert bad.new == 0
    assert store.feed(bad_url).last_error == bad.error
    assert store.feed(bad_url).title == "Bad"
    assert [(r.id, r.read, r.starred) for r in store.articles()] == before
    assert store.feed(rss_url).etag == etag_before and store.feed(rss_url).last_error is None
    assert len(report.failed) == 1


def test_feed_that_turns_bad_keeps_its_articles_and_recovers(server, store):
    url = server.url("/flaky.xml")
    server.set("/flaky.xml", H.RSS)
    res = F.subscribe(store, url, FAST)
    assert res.new == 2
    server.set("/flaky.xml", H.MALFORMED)
    r = F.refresh_feed(store, url, FAST)
    assert r.error.startswith("malformed feed")
    assert len(store.articles()) == 2
    server.set("/flaky.xml", H.RSS.replace("</channel>", """<item><title>Third</title>
        <link>/articles/three.html</link><description>Three.</description></item></channel>"""))
    server.set("/articles/three.html", "<html><body><article><p>" + H.LONG_PARAGRAPH * 3
               + "</p></article></body></html>", content_type="text/html")
    r = F.refresh_feed(store, url, FAST)
    assert r.error is None and r.new == 1
    assert store.feed(url).last_error is None


def test_progress_callback(server, store):
    store.add_feed(server.url("/rss.xml"))
    store.add_feed(server.url("/missing.xml"))
    seen = []
    report = F.refresh(store, lambda done, total, r: seen.append((done, total, r.url, r.ok)), opts=FAST)
    assert [(d, t) for d, t, _, _ in seen] == [(1, 2), (2, 2)]  # in the order they finish
    assert sorted((u, ok) for _, _, u, ok in seen) == [(server.url("/missing.xml"), False),
                                                       (server.url("/rss.xml"), True)]
    assert [r.url for r in report.results] == [server.url("/rss.xml"), server.url("/missing.xml")]


def test_refresh_cancel(server, store):
    import threading

    store.add_feed(server.url("/rss.xml"))
    stop = threading.Event()
    stop.set()
    report = F.refresh(store, opts=FAST, cancel=stop)
    assert report.results == [] and server.hits("/rss.xml") == 0


def test_add_url_imports_an_article_page(server, store):
    aid, is_new, title = F.add_url(store, server.url("/articles/one.html"), FAST)
    assert is_new and title == "Summary only & linked"
    art = store.get(aid)
    assert art.source == "Test Wire" and "Maria Lopez" in art.text
    assert F.add_url(store, server.url("/articles/one.html"), FAST)[:2] == (aid, False)
    with pytest.raises(F.FeedError, match="is a feed"):
        F.add_url(store, server.url("/rss.xml"), FAST)


# --------------------------------------------------------------------------- OPML

def test_opml_roundtrip():
    doc = export_opml([("http://a/feed", "A & B"), ("http://b/atom", None)])
    assert parse_opml(doc.encode()) == [("http://a/feed", "A & B"), ("http://b/atom", "http://b/atom")]


def test_opml_nested_and_refusals():
    nested = b"""<?xml version="1.0"?><opml version="1.0"><head/><body>
      <outline text="News"><outline text="One" xmlUrl="http://one/rss"/>
      <outline text="Two" xmlurl="http://two/rss"/></outline>
      <outline text="folder without feeds"/></body></opml>"""
    assert parse_opml(nested) == [("http://one/rss", "One"), ("http://two/rss", "Two")]
    with pytest.raises(OPMLError, match="refused"):
        parse_opml(H.BOMB.replace(b"<rss", b"<opml").replace(b"</rss>", b"</opml>"))
    with pytest.raises(OPMLError, match="not valid XML"):
        parse_opml(b"<opml><body>")
    with pytest.raises(OPMLError, match="not an OPML"):
        parse_opml(b"<rss/>")


@pytest.mark.parametrize("doc,safe", [
    (b'<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>', True),
    (b'<rss><channel><item><description><![CDATA[How <!ENTITY works]]></description></item></channel></rss>', True),
    (b'<?xml version="1.0"?><!-- <b> --><!DOCTYPE x [<!ENTITY a "b">]><rss>&a;</rss>', False),
    (b'<?pi <![CDATA[ ?><!DOCTYPE x [<!ENTITY a "b">]><rss>&a;</rss> ]]>', False),
    (b'<!DOCTYPE x SYSTEM "a>b" [<!ENTITY a "b">]><rss/>', False),
    (b'<!DOCTYPE x [<!ATTLIST rss a CDATA "x">]><rss/>', False),
    (b'<!doctype x [<!entity a "b">]><rss/>', False),
    (b'<!DOCTYPE x SYSTEM "file:///etc/passwd"><rss>&xxe;</rss><!ENTITY xxe SYSTEM "file:///etc/passwd">', False),
])
def test_xml_safety_check(doc, safe):
    if safe:
        F.check_xml_safe(doc, "u")
    else:
        with pytest.raises(F.FeedError, match="refused"):
            F.check_xml_safe(doc, "u")


def test_page_charset_from_http_header(server, store):
    page = H.ARTICLE_PAGE.replace("Maria Lopez", "María López, Grüße")
    server.set("/latin1.html", page.encode("latin-1"), content_type="text/html; charset=iso-8859-1")
    aid, is_new, _ = F.add_url(store, server.url("/latin1.html"), FAST)
    assert "María López, Grüße" in store.get(aid).text


def test_fetch_total_timeout_stops_a_dripping_server(server):
    server.drip("/drip.xml")
    with pytest.raises(FetchError) as e:
        fetch(server.url("/drip.xml"), read_timeout=2, total_timeout=0.3)
    assert e.value.kind == "timeout" and "longer than 0.3s" in str(e.value)


def test_redirects_are_followed_and_loops_stopped(server, store):
    server.redirect("/old-feed", "/rss.xml")
    res = F.subscribe(store, server.url("/old-feed"), FAST)
    assert res.error is None and res.new == 2
    server.redirect("/loop", "/loop")
    with pytest.raises(FetchError, match="too many redirects"):
        fetch(server.url("/loop"))


def test_permanent_redirect_updates_the_subscription(server, store):
    old = server.url("/old-feed.xml")
    store.add_feed(old, "Wire")
    server.redirect("/old-feed.xml", "/rss.xml", status=301)
    res = F.refresh_feed(store, old, FAST)
    assert res.error is None and res.new == 2 and res.moved_to == server.url("/rss.xml")
    assert [f.url for f in store.feeds()] == [server.url("/rss.xml")]
    assert {r.feed_url for r in store.articles()} == {server.url("/rss.xml")}
    assert "moved permanently" in res.line()
    # a temporary redirect changes nothing
    store.add_feed(server.url("/tmp-feed.xml"))
    server.redirect("/tmp-feed.xml", "/atom.xml", status=302)
    res = F.refresh_feed(store, server.url("/tmp-feed.xml"), FAST)
    assert res.error is None and res.moved_to is None
    assert store.feed(server.url("/tmp-feed.xml")) is not None


def test_server_text_in_errors_is_sanitised(server):
    def evil(h):
        h.send_response(500, "Oops\x1b]0;pwned\x07 bad")
        h.send_header("Content-Length", "0")
        h.end_headers()
    server.routes["/evil"] = evil
    with pytest.raises(FetchError) as e:
        fetch(server.url("/evil"))
    assert "\x1b" not in str(e.value) and "\x07" not in str(e.value)
    assert "HTTP 500" in str(e.value)
