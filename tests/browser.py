"""A small headless-Chromium driver over the DevTools protocol, for the report's browser tests.

Debian's `chromium` is launched with a fresh profile and a DevTools port it picks itself;
`websocket-client` carries the protocol. Only what the tests need: open a page, size the
window, click like a mouse, evaluate JavaScript, take a screenshot.
"""

from __future__ import annotations

import base64
import itertools
import json
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

import websocket

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
    "--remote-debugging-port=0",
)
# Records any dialog a page script would open, before the page's own scripts run.
DIALOG_TRAP = """
window.__storydiffCalls = [];
for (const name of ["alert", "confirm", "prompt", "print", "open"]) {
  window[name] = function () { window.__storydiffCalls.push(name); };
}
"""


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Browser:
    def __init__(self, executable: str, timeout: float = 30.0) -> None:
        self.profile = Path(tempfile.mkdtemp(prefix="storydiff-chromium-"))
        self.process = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.timeout = timeout
        self.events: list[dict[str, Any]] = []
        self._ids = itertools.count(1)
        port = self._port()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as reply:
            targets = json.loads(reply.read())
        page = next(t for t in targets if t.get("type") == "page")
        self.socket = websocket.create_connection(
            page["webSocketDebuggerUrl"], timeout=timeout, suppress_origin=True
        )
        self.send("Page.enable")
        self.send("Runtime.enable")
        self.send("Page.addScriptToEvaluateOnNewDocument", source=DIALOG_TRAP)

    def _port(self) -> int:
        marker = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if marker.exists() and marker.read_text().strip():
                return int(marker.read_text().split()[0])
            if self.process.poll() is not None:
                raise RuntimeError(f"chromium exited with status {self.process.returncode}")
            time.sleep(0.05)
        raise TimeoutError("chromium did not open its DevTools port")

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        number = next(self._ids)
        self.socket.send(json.dumps({"id": number, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == number:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result
            self.events.append(message)

    def wait_for(self, event: str) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            for i, message in enumerate(self.events):
                if message.get("method") == event:
                    del self.events[: i + 1]
                    return message
            self.events.append(json.loads(self.socket.recv()))
        raise TimeoutError(event)

    def size(self, width: int, height: int) -> None:
        self.send(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )

    def open(self, path: Path) -> None:
        self.events.clear()
        self.send("Page.navigate", url=path.resolve().as_uri())
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        reply = self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in reply:
            raise RuntimeError(f"{expression!r}: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def click(self, selector: str, index: int = 0) -> None:
        """A real mouse click at the middle of the element, after scrolling it into view."""
        box = self.evaluate(
            f"""(() => {{
              const el = document.querySelectorAll({json.dumps(selector)})[{index}];
              el.scrollIntoView({{block: "center", inline: "nearest"}});
              const r = el.getClientRects()[0];
              return [r.left + Math.min(r.width / 2, 4), r.top + r.height / 2];
            }})()"""
        )
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send(
                "Input.dispatchMouseEvent",
                type=kind,
                x=box[0],
                y=box[1],
                button="left" if kind != "mouseMoved" else "none",
                clickCount=1 if kind != "mouseMoved" else 0,
            )
        self.evaluate("new Promise(r => requestAnimationFrame(() => setTimeout(r, 50)))")

    def screenshot(self, target: Path) -> None:
        image = self.send("Page.captureScreenshot", format="png")
        target.write_bytes(base64.b64decode(image["data"]))

    def close(self) -> None:
        try:
            self.socket.close()
        finally:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            shutil.rmtree(self.profile, ignore_errors=True)


def main() -> None:
    """Refresh the README's screenshots: two bundled examples at 1280 and 900 pixels wide."""
    import sys

    from storydiff.pipeline import compare_paths
    from storydiff.render import render_html

    root = Path(__file__).resolve().parents[1]
    executable = chromium_path()
    if executable is None:
        sys.exit("chromium is not installed: apt-get install chromium")
    browser = Browser(executable)
    try:
        for name in ("northvale-darnet-standoff", "kessrow-mine-strike"):
            folder = root / "examples" / name
            files = sorted(str(p) for p in folder.iterdir() if p.name != "expected.json")
            with tempfile.TemporaryDirectory() as scratch:
                report = Path(scratch) / "report.html"
                report.write_text(render_html(compare_paths(files)))
                for width in (1280, 900):
                    browser.size(width, 1100)
                    browser.open(report)
                    target = root / "docs" / f"report-{name}-{width}.png"
                    browser.screenshot(target)
                    print(target.relative_to(root))
    finally:
        browser.close()


if __name__ == "__main__":
    main()
