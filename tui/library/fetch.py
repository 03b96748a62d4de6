"""HTTP for the library: one GET with timeouts, a size cap and conditional requests.

>>> r = fetch("https://example.org/feed.xml", etag=feed.etag, last_modified=feed.last_modified)
>>> r.not_modified, r.status, r.content, r.etag, r.last_modified

Every failure raises :class:`FetchError` whose message is one line naming the
url and what went wrong ("HTTP 404 Not Found", "timed out", "larger than 10 MB",
"host not found", ...); ``kind`` gives the same as a short code for programs.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Optional
from urllib.parse import urlsplit

import httpx

from tui import __version__ as _version
from tui.library.sanitize import sanitize

USER_AGENT = f"newsreader/{_version} (+terminal news reader)"
DEFAULT_CONNECT_TIMEOUT = 10.0
DEFAULT_READ_TIMEOUT = 20.0
DEFAULT_TOTAL_TIMEOUT = 60.0
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5

_ACCEPT = ("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
           "text/html;q=0.8, */*;q=0.5")


def one_line(text: str) -> str:
    """Text safe to show in one line: no escapes or control characters, no line breaks."""
    return " ".join(sanitize(str(text)).split())


class FetchError(Exception):
    """A fetch that failed.  ``str(e)`` is one line: ``<url>: <what went wrong>``."""

    def __init__(self, url: str, reason: str, kind: str = "error", status: Optional[int] = None):
        reason = one_line(reason)  # server-supplied text (reason phrases) is data, not markup
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.kind = kind  # http | timeout | too_large | dns | connect | tls | redirects | url | error
        self.status = status


@dataclass
class FetchResult:
    url: str  # the final url, after redirects
    status: int
    content: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    not_modified: bool = False  # 304: nothing new since etag / last_modified
    moved_to: Optional[str] = None  # set when every redirect was permanent (301/308)

    @property
    def etag(self) -> Optional[str]:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> Optional[str]:
        return self.headers.get("last-modified")

    @property
    def content_type(self) -> str:
        """The media type, lower case, without parameters ("" if none)."""
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> Optional[str]:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            k, _, v = part.partition("=")
            if k.strip().lower() == "charset" and v.strip():
                return v.strip().strip('"\'')
        return None

    def text(self) -> str:
        """The body decoded with the declared charset (UTF-8 if none or unknown)."""
        for enc in (self.charset, "utf-8"):
            if enc:
                try:
                    return self.content.decode(enc)
                except (LookupError, UnicodeDecodeError):
                    continue
        return self.content.decode("utf-8", errors="replace")


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB"


def _describe(url: str, e: Exception, connect_timeout: float, read_timeout: float) -> FetchError:
    if isinstance(e, httpx.ConnectTimeout):
        return FetchError(url, f"timed out connecting after {connect_timeout:g}s", "timeout")
    if isinstance(e, (httpx.ReadTimeout, httpx.WriteTimeout, httpx.PoolTimeout)):
        return FetchError(url, f"timed out: no response data for {read_timeout:g}s", "timeout")
    if isinstance(e, httpx.TooManyRedirects):
        return FetchError(url, f"too many redirects (more than {MAX_REDIRECTS})", "redirects")
    if isinstance(e, httpx.UnsupportedProtocol):
        return FetchError(url, "not an http(s) URL", "url")
    if isinstance(e, httpx.InvalidURL):
        return FetchError(url, f"invalid URL ({e})", "url")
    if isinstance(e, httpx.ConnectError):
        msg = str(e)
        low = msg.lower()
        host = urlsplit(url).hostname or url
        if ("name or service not known" in low or "nodename nor servname" in low
                or "temporary failure in name resolution" in low or "getaddrinfo" in low
                or "no address associated" in low or "name resolution" in low):
            return FetchError(url, f"host not found (DNS lookup for {host} failed)", "dns")
        if "certificate" in low or "ssl" in low or "tls" in low:
            return FetchError(url, f"TLS/certificate error ({msg})", "tls")
        if "refused" in low:
            return FetchError(url, f"connection refused by {host}", "connect")
        return FetchError(url, f"cannot connect ({msg or type(e).__name__})", "connect")
    if isinstance(e, httpx.RemoteProtocolError):
        return FetchError(url, f"the server broke the connection ({e})", "connect")
    if isinstance(e, httpx.HTTPError):
        return FetchError(url, f"{type(e).__name__}: {e}", "error")
    return FetchError(url, f"{type(e).__name__}: {e}", "error")


def fetch(url: str, *, etag: Optional[str] = None, last_modified: Optional[str] = None,
          connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
          read_timeout: float = DEFAULT_READ_TIMEOUT,
          total_timeout: float = DEFAULT_TOTAL_TIMEOUT,
          max_bytes: int = DEFAULT_MAX_BYTES,
          client: Optional[httpx.Client] = None,
          accept: str = _ACCEPT) -> FetchResult:
    """GET ``url`` and return its body (at most ``max_bytes``).

    - ``etag`` / ``last_modified`` make the request conditional; a 304 comes
      back as ``FetchResult(not_modified=True)``.
    - ``connect_timeout`` / ``read_timeout`` bound the connection and each wait
      for data; ``total_timeout`` bounds the whole download (a server that drips
      bytes forever).
    - The body is streamed and the download aborted as soon as it passes
      ``max_bytes`` (also when a Content-Length announces more).
    - Redirects are followed (at most 5).

    Raises :class:`FetchError` for anything but a 2xx or 304.
    """
    url = url.strip()
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(url, "not an http(s) URL", "url")
    headers = {"User-Agent": USER_AGENT, "Accept": accept, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    timeout = httpx.Timeout(read_timeout, connect=connect_timeout)
    own = client is None
    if own:
        client = httpx.Client(follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=timeout)
    deadline = time.monotonic() + total_timeout
    try:
        with client.stream("GET", url, headers=headers, timeout=timeout) as resp:
            final = str(resp.url)
            hdrs = {k.lower(): v for k, v in resp.headers.items()}
            moved = final if resp.history and final != url and all(
                h.status_code in (301, 308) for h in resp.history) else None
            if resp.status_code == 304:
                return FetchResult(final, 304, b"", hdrs, not_modified=True, moved_to=moved)
            if resp.status_code >= 400 or resp.status_code < 200 or resp.status_code >= 300:
                phrase = resp.reason_phrase or httpx.codes.get_reason_phrase(resp.status_code)
                raise FetchError(url, f"HTTP {resp.status_code} {phrase}".strip(), "http",
                                 resp.status_code)
            declared = hdrs.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(url, f"too large: {_mb(int(declared))} announced, "
                                      f"the limit is {_mb(max_bytes)}", "too_large")
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(url, f"too large: more than {_mb(max_bytes)}, download aborted",
                                     "too_large")
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    raise FetchError(url, f"timed out: download took longer than {total_timeout:g}s",
                                     "timeout")
            return FetchResult(final, resp.status_code, b"".join(chunks), hdrs, moved_to=moved)
    except FetchError:
        raise
    except httpx.DecodingError as e:
        raise FetchError(url, f"the response could not be decoded ({e})", "error") from None
    except (httpx.HTTPError, httpx.InvalidURL, OSError, ValueError) as e:
        raise _describe(url, e, connect_timeout, read_timeout) from None
    finally:
        if own:
            client.close()
