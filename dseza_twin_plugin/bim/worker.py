"""The IFC import's child process: ``python -m <package>.bim.worker JOB.json``.

Started by :func:`~.isolation.import_ifc`. Reads the job (file, request, options, where to write), caps its
own address space (``RLIMIT_AS``), runs :func:`~.extract.import_ifc_inprocess` and writes the result as a
pickle of plain values. It talks to the parent through JSON lines on its standard output (file descriptor 1
is moved to a private descriptor first, and 1 pointed at standard error, so nothing that a library prints can
garble them):

    {"progress": 0.42, "message": "Triangulating elements (40 %)", "vm_mb": 812.5}
    {"done": "/tmp/…/result.pickle"}
    {"error": "corrupt", "message": "…", "details": "…"}
"""

from __future__ import annotations

import json
import os
import pickle
import sys
import threading
import time
import traceback

#: What running out of address space looks like when it is not a MemoryError (C++ allocations, shared objects).
_OUT_OF_MEMORY = ("bad_alloc", "Cannot allocate memory", "failed to map segment", "MemoryError")


def _watch_parent() -> None:
    """Ends this process when its parent (QGIS) is gone, so no orphan keeps parsing.

    On Linux the kernel does it (``PR_SET_PDEATHSIG``: SIGKILL when the thread that started this process ends;
    :func:`~.isolation.import_ifc` waits for the child in that thread). Elsewhere, and as a second guard, a
    thread polls the parent's process id.
    """
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG = 1
        except (OSError, AttributeError):
            pass
        if os.getppid() != parent:  # the parent died before the call
            os._exit(70)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(70)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


#: Address space (MB) the work needs at least, above what the loaded libraries already take.
START_MARGIN_MB = 64


def _address_space_mb() -> float | None:
    """This process's address space (what RLIMIT_AS caps), in MB."""
    try:
        with open("/proc/self/statm", encoding="ascii") as stream:
            return int(stream.read().split()[0]) * os.sysconf("SC_PAGE_SIZE") / 1048576.0
    except (OSError, ValueError, IndexError):
        return None


def _channel():
    fd = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return os.fdopen(fd, "w", buffering=1, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    with open(argv[0], encoding="utf-8") as stream:
        job = json.load(stream)
    channel = _channel()
    _watch_parent()

    def send(**message) -> None:
        if "progress" in message:
            message["vm_mb"] = _address_space_mb()
        channel.write(json.dumps(message) + "\n")
        channel.flush()

    from .errors import IfcImportError

    try:
        # every library first: a shared object that cannot be mapped under the cap fails in odd ways
        import ifcopenshell.geom  # noqa: F401
        import ifcopenshell.util.element  # noqa: F401
        import ifcopenshell.util.placement  # noqa: F401
        import numpy
        import pyproj
        import shapely  # noqa: F401

        from .extract import import_ifc_inprocess
        from .result import GeorefRequest

        pyproj.CRS.from_epsg(5899)  # opens proj.db
        # OpenBLAS allocates its work buffer (128 MB) on the first product and, when that fails under the cap,
        # retries for ever: allocate it now (ifcopenshell.util.placement multiplies 4×4 matrices)
        numpy.ones((256, 256)) @ numpy.ones((256, 256))
        if job.get("memory_mb"):
            import resource

            limit = int(job["memory_mb"]) * 1024 * 1024
            start_mb = _address_space_mb() or 0.0
            if job["memory_mb"] < start_mb + START_MARGIN_MB:
                send(error="memory", message="The memory limit of {} MB is below what the import process needs "
                     "before reading any file (about {:.0f} MB with its libraries). Import with a memory limit of "
                     "at least {:.0f} MB.".format(job["memory_mb"], start_mb, start_mb + 2 * START_MARGIN_MB),
                     details="")
                return 3
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        request = GeorefRequest(**job["request"]) if job.get("request") else None
        result = import_ifc_inprocess(job["path"], request, with_3d=job.get("with_3d", True),
                                      threads=job.get("threads", 1),
                                      progress=lambda fraction, message: send(progress=fraction, message=message))
        with open(job["result"], "wb") as stream:
            pickle.dump(result.to_plain(), stream, protocol=pickle.HIGHEST_PROTOCOL)
        send(done=job["result"])
        return 0
    except MemoryError:
        send(error="memory", message="", details=traceback.format_exc())
        return 3
    except IfcImportError as exc:
        send(error=exc.kind, message=exc.message, details=exc.details)
        return 2
    except Exception:  # noqa: BLE001 - everything else is reported to the parent as a crash
        details = traceback.format_exc()
        kind = "memory" if any(text in details for text in _OUT_OF_MEMORY) else "crash"
        send(error=kind, message="", details=details)
        return 4


if __name__ == "__main__":
    sys.exit(main())
