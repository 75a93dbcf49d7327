"""Take a screenshot of a review page (or any HTML file) with headless Chromium.

    python scripts/screenshot.py page.html page.png [--width 1400] [--height 1800]

Looks for ``chromium``, ``chromium-browser`` or ``google-chrome`` on PATH (Debian:
``apt-get install chromium``) and runs it with a fresh profile and no network use.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def find_browser() -> str | None:
    """The path of the first Chromium-like browser on PATH, if any."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def screenshot(page: Path, out: Path, *, width: int = 1400, height: int = 1800) -> None:
    """Render ``page`` in headless Chromium and save a PNG to ``out``."""
    browser = find_browser()
    if browser is None:
        raise SystemExit("screenshot: no chromium on PATH (apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="letterparse-chromium-") as profile:
        command = [
            browser,
            *FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            f"--screenshot={out.resolve()}",
            page.resolve().as_uri(),
        ]
        subprocess.run(command, check=True, capture_output=True, timeout=120)


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and take the screenshot."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=1800)
    args = parser.parse_args(argv)
    screenshot(args.page, args.out, width=args.width, height=args.height)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
