"""A minimal WebDriver client for headless Chromium: open a page, run a script, look.

Only what the review-page tests need, over chromedriver's HTTP interface (W3C
WebDriver), with the standard library: no Selenium.
"""

from __future__ import annotations

import base64
import json
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Any

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,1000",
]


class Browser:
    """``with Browser(chromium, chromedriver) as browser: browser.open(path)``."""

    def __init__(self, chromium: str, chromedriver: str) -> None:
        self.chromium = chromium
        self.chromedriver = chromedriver
        self.port = _free_port()
        self.profile = tempfile.TemporaryDirectory(prefix="letterparse-chromium-")
        self.driver: subprocess.Popen[bytes] | None = None
        self.session = ""

    def __enter__(self) -> Browser:
        self.driver = subprocess.Popen(
            [self.chromedriver, f"--port={self.port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._wait_ready()
        options = {
            "binary": self.chromium,
            "args": [*FLAGS, f"--user-data-dir={self.profile.name}"],
        }
        reply = self._call(
            "POST",
            "/session",
            {"capabilities": {"alwaysMatch": {"goog:chromeOptions": options}}},
        )
        if "sessionId" not in reply.get("value", {}):
            raise RuntimeError(f"chromedriver could not start Chromium: {reply}")
        self.session = reply["value"]["sessionId"]
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        try:
            if self.session:
                self._call("DELETE", f"/session/{self.session}")
        finally:
            if self.driver is not None:
                self.driver.terminate()
                self.driver.wait(timeout=20)
            self.profile.cleanup()

    def open(self, page: Path) -> None:
        """Load a local file."""
        self._call("POST", f"/session/{self.session}/url", {"url": page.resolve().as_uri()})

    def run(self, script: str) -> Any:
        """The value of ``script`` (a function body with ``return``) in the page."""
        reply = self._call(
            "POST", f"/session/{self.session}/execute/sync", {"script": script, "args": []}
        )
        return reply["value"]

    def alert(self) -> str | None:
        """The text of an open alert dialog, or None."""
        try:
            return str(self._call("GET", f"/session/{self.session}/alert/text")["value"])
        except urllib.error.HTTPError:
            return None

    def screenshot(self, out: Path) -> None:
        """Save a PNG of the window."""
        data = self._call("GET", f"/session/{self.session}/screenshot")["value"]
        out.write_bytes(base64.b64decode(data))

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if self._call("GET", "/status")["value"]["ready"]:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError("chromedriver did not start")

    def _call(self, method: str, path: str, body: object | None = None) -> dict[str, Any]:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}",
            data=data,
            method=method,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            reply: dict[str, Any] = json.loads(response.read())
        return reply


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port
