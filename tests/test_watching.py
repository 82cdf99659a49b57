"""`mkdocs serve` on a chronology watches its files through inotify (builder/watching.py):
an edit is seen as it happens, and an idle server does not list and stat every event file twice
a second as MkDocs' polling watcher does."""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

import pytest
from mkdocs.livereload import LiveReloadServer

from builder.watching import notified_watches

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from edit_loop import Server, free_port  # the benchmark's own server driver

FIXTURE = Path(__file__).parent / "fixtures" / "site"
inotify = pytest.importorskip("watchdog.observers.inotify")


def test_the_watches_move_to_inotify_with_their_counts(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    server = LiveReloadServer(lambda: None, "127.0.0.1", free_port(), str(tmp_path / "site"))
    for path in ("a", "a", "b"):
        server.watch(str(tmp_path / path))
    notified_watches(server)
    assert isinstance(server.observer, inotify.InotifyObserver)
    assert server._watched_paths == {str(tmp_path / "a"): 2, str(tmp_path / "b"): 1}
    server.watch(str(tmp_path / "b"))  # MkDocs adds the config's watch items after plugins
    assert server._watched_paths[str(tmp_path / "b")] == 2
    server.server_close()


def test_a_folder_inotify_cannot_watch_keeps_mkdocs_own_watcher(tmp_path: Path) -> None:
    server = LiveReloadServer(lambda: None, "127.0.0.1", free_port(), str(tmp_path))
    server.watch(str(tmp_path / "missing"))
    polling = server.observer
    notified_watches(server)
    assert server.observer is polling
    server.server_close()


def test_serve_shows_an_edited_event_after_an_inotify_event(tmp_path: Path) -> None:
    root = tmp_path / "site"
    shutil.copytree(FIXTURE, root)
    config = root / "mkdocs.yml"  # served at the root, not at site_url's path
    lines = config.read_text(encoding="utf-8").splitlines(keepends=True)
    config.write_text("".join(x for x in lines if not x.startswith("site_url:")), encoding="utf-8")
    server = Server(root, dirty=True)
    server.start(timeout=300)
    try:
        assert server.process is not None
        fds = Path(f"/proc/{server.process.pid}/fd")
        assert "anon_inode:inotify" in {os.readlink(fd) for fd in fds.iterdir()}
        # A build reads the files it watches: that must not start another build.
        assert rebuilds_while_idle(server) == 0
        server.edit_to_reload(
            root / "events" / "beta" / "ancient.yml",
            "events/ancient/",
            "An ancient date",
            "An older date",
        )
        assert rebuilds(server) >= 1
        assert rebuilds_while_idle(server) == 0
    finally:
        server.stop()


def rebuilds(server: Server) -> int:
    server.log.seek(0)
    return server.log.read().decode(errors="replace").count("Detected file changes")


def rebuilds_while_idle(server: Server, seconds: float = 3) -> int:
    before = rebuilds(server)
    time.sleep(seconds)
    return rebuilds(server) - before
