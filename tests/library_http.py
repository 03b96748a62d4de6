"""A real HTTP server on 127.0.0.1 (ephemeral port) for the library tests.

Routes are set per test; anything unknown is a 404.  ``slow`` routes block on
``server.release`` (a threading.Event set at teardown), so a client timeout can
be tested without sleeping.  Not a test module: imported by test_feeds.py and
test_library_cli.py.
"""
from __future__ import annotations

import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Optional

LONG_PARAGRAPH = (
    "The committee met on Thursday in Geneva to review the proposal, which had been debated "
    "for months by delegates from more than forty countries. Officials said the talks were "
    "constructive, although several questions about funding and oversight remain open. "
)

RSS_FULL_BODY = "".join(f"<p>{LONG_PARAGRAPH} Paragraph {i} of the full story.</p>" for i in range(6))

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Test Wire</title>
  <link>http://example.invalid/</link>
  <description>test feed</description>
  <item>
    <title>Full story in the feed</title>
    <link>/articles/full.html</link>
    <guid>full-1</guid>
    <pubDate>Thu, 16 Oct 2025 10:00:00 GMT</pubDate>
    <description>A teaser.</description>
    <content:encoded><![CDATA[{RSS_FULL_BODY}]]></content:encoded>
  </item>
  <item>
    <title>Summary only &amp; linked</title>
    <link>/articles/one.html</link>
    <guid>one-1</guid>
    <pubDate>Fri, 17 Oct 2025 08:30:00 GMT</pubDate>
    <description>Only a short summary of the story.</description>
  </item>
</channel>
</rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Daily</title>
  <id>urn:test:atom</id>
  <updated>2025-10-18T12:00:00Z</updated>
  <entry>
    <title>Atom entry with content</title>
    <id>urn:test:atom:1</id>
    <link href="/articles/atom1.html"/>
    <updated>2025-10-18T12:00:00Z</updated>
    <content type="html">{"".join(f"&lt;p&gt;Atom body {i}. {LONG_PARAGRAPH}&lt;/p&gt;" for i in range(5))}</content>
  </entry>
</feed>
"""

ARTICLE_PAGE = f"""<!DOCTYPE html>
<html><head><title>Linked story - Test Wire</title>
<meta property="og:site_name" content="Test Wire">
<meta property="article:published_time" content="2025-10-17T08:30:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>Summary only &amp; linked</h1>
{"".join(f"<p>Linked page paragraph {i}. {LONG_PARAGRAPH}</p>" for i in range(5))}
<p>"We will not back down," said Maria Lopez, the delegation's spokeswoman.</p>
</article>
<footer>Copyright 2025 Test Wire. All rights reserved.</footer>
</body></html>
"""

MALFORMED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</titl'

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>
"""

Route = Callable[[BaseHTTPRequestHandler], None]


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return  # a client that gave up (timeout, size cap): expected here
        super().handle_error(request, client_address)


class TestServer:
    __test__ = False  # not a pytest class

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, dict, bytes] | Route] = {}
        self.release = threading.Event()
        self.requests: list[tuple[str, dict]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = server.routes.get(self.path.split("?", 1)[0])
                try:
                    if route is None:
                        self._send(404, {"Content-Type": "text/plain"}, b"not found")
                    elif callable(route):
                        route(self)
                    else:
                        status, headers, body = route
                        self._send(status, headers, body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _send(self, status: int, headers: dict, body: bytes) -> None:
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02},
                                       daemon=True)

    def start(self) -> "TestServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def set(self, path: str, body: bytes | str, status: int = 200,
            content_type: str = "application/xml", headers: Optional[dict] = None) -> None:
        if isinstance(body, str):
            body = body.encode("utf-8")
        h = {"Content-Type": content_type}
        h.update(headers or {})
        self.routes[path] = (status, h, body)

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p.split("?", 1)[0] == path)

    # ---- special routes -------------------------------------------------

    def slow(self, path: str) -> None:
        """A route that sends nothing until ``release`` is set (at teardown)."""
        def handler(h: BaseHTTPRequestHandler) -> None:
            self.release.wait(30)
        self.routes[path] = handler

    def huge(self, path: str, size: int, declare_length: bool) -> None:
        """A route that sends ``size`` bytes, with or without a Content-Length."""
        def handler(h: BaseHTTPRequestHandler) -> None:
            h.send_response(200)
            h.send_header("Content-Type", "application/xml")
            if declare_length:
                h.send_header("Content-Length", str(size))
            else:
                h.send_header("Connection", "close")
                h.close_connection = True
            h.end_headers()
            chunk = b"<!-- padding -->" * 4096
            sent = 0
            while sent < size and not self.release.is_set():
                part = chunk[: size - sent]
                h.wfile.write(part)
                sent += len(part)
        self.routes[path] = handler

    def drip(self, path: str, seconds: float = 5.0) -> None:
        """A route that sends a byte every 10 ms (for ``seconds`` at most): each
        read is quick, the whole download is not."""
        def handler(h: BaseHTTPRequestHandler) -> None:
            h.send_response(200)
            h.send_header("Content-Type", "application/xml")
            h.send_header("Connection", "close")
            h.close_connection = True
            h.end_headers()
            for _ in range(int(seconds / 0.01)):
                if self.release.wait(0.01):
                    break
                h.wfile.write(b" ")
                h.wfile.flush()
        self.routes[path] = handler

    def redirect(self, path: str, to: str, status: int = 301) -> None:
        def handler(h: BaseHTTPRequestHandler) -> None:
            h.send_response(status)
            h.send_header("Location", to)
            h.send_header("Content-Length", "0")
            h.end_headers()
        self.routes[path] = handler

    def conditional(self, path: str, body: bytes | str, etag: str) -> None:
        """A route that answers 304 when If-None-Match carries ``etag``."""
        data = body.encode() if isinstance(body, str) else body

        def handler(h: BaseHTTPRequestHandler) -> None:
            if h.headers.get("If-None-Match") == etag:
                h.send_response(304)
                h.send_header("ETag", etag)
                h.send_header("Content-Length", "0")
                h.end_headers()
                return
            h.send_response(200)
            h.send_header("Content-Type", "application/rss+xml")
            h.send_header("ETag", etag)
            h.send_header("Last-Modified", "Thu, 16 Oct 2025 10:00:00 GMT")
            h.send_header("Content-Length", str(len(data)))
            h.end_headers()
            h.wfile.write(data)
        self.routes[path] = handler


def standard_routes(s: TestServer) -> TestServer:
    """The feeds and pages most tests use."""
    s.set("/rss.xml", RSS, content_type="application/rss+xml")
    s.set("/atom.xml", ATOM, content_type="application/atom+xml")
    s.set("/articles/one.html", ARTICLE_PAGE, content_type="text/html; charset=utf-8")
    s.set("/malformed.xml", MALFORMED)
    s.set("/bomb.xml", BOMB)
    s.set("/page.html", "<html><head><title>A page</title></head><body><p>Not a feed.</p></body></html>",
          content_type="text/html")
    s.slow("/slow.xml")
    s.huge("/huge.xml", 3 * 1024 * 1024, declare_length=False)
    s.huge("/huge-declared.xml", 3 * 1024 * 1024, declare_length=True)
    return s
