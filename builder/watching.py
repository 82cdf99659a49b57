"""A file watcher for `mkdocs serve` that is told of changes instead of looking for them.

MkDocs 1.6 watches with watchdog's PollingObserver: every half second it lists and stats every
watched file. On a chronology of 10,000 event files that kept a fifth of a core busy while the
server was idle, competed with each rebuild for the interpreter, and saw an edit a quarter of a
second late on average (#14). Where the system has inotify (Linux), the server's watches are
moved to watchdog's inotify observer: the kernel reports each change as it happens, and an idle
server costs nothing. Elsewhere, or if inotify cannot be set up, MkDocs' own watcher stays.

Only changes are passed on: inotify also reports each file opened and closed unwritten, and a
build reads the files it watches, so every build would start the next.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mkdocs.livereload import LiveReloadServer

log = logging.getLogger("mkdocs.plugins.chronology")

# What a file being read makes inotify report; polling never saw it.
NOT_CHANGES = frozenset({"opened", "closed_no_write"})


def notified_watches(server: LiveReloadServer) -> LiveReloadServer:
    """`server` with its watches (those made so far, and those made after) on inotify."""
    try:
        from watchdog.events import FileSystemEventHandler
        from watchdog.observers.inotify import InotifyObserver
    except ImportError:  # not Linux
        return server
    watched = dict(getattr(server, "_watched_paths", {}))
    refs = getattr(server, "_watch_refs", None)
    if refs is None or server.observer.is_alive():
        return server  # a MkDocs this was not written for, or one already watching
    # Set up once here, so that a system out of inotify instances or watches keeps polling
    # instead of failing when the server starts.
    probe = InotifyObserver()
    try:
        for path in watched:
            probe.schedule(FileSystemEventHandler(), path, recursive=True)
        probe.start()
    except OSError as error:
        log.info(f"chronology: watching for changes by polling ({error})")
        return server
    finally:
        if probe.is_alive():
            probe.stop()
            probe.join()
    for watch in list(refs.values()):
        server.observer.unschedule(watch)
    server.observer = _changes_observer(InotifyObserver, FileSystemEventHandler)()
    server._watched_paths.clear()  # type: ignore[attr-defined]
    refs.clear()
    for path, count in watched.items():
        for _ in range(count):
            server.watch(path)
    return server


def _changes_observer(observer: type[Any], handler_base: type[Any]) -> type[Any]:
    """`observer` whose handlers are told of changes only (see NOT_CHANGES)."""

    class Changes(handler_base):  # type: ignore[misc, valid-type]
        def __init__(self, handler: Any) -> None:
            super().__init__()
            self.handler = handler

        def dispatch(self, event: Any) -> None:
            if event.event_type not in NOT_CHANGES:
                self.handler.dispatch(event)

    class ChangesObserver(observer):  # type: ignore[misc, valid-type]
        def schedule(self, event_handler: Any, path: Any, **options: Any) -> Any:
            return super().schedule(Changes(event_handler), path, **options)

    return ChangesObserver
