"""Runs the IFC import in a child Python process, with a time-out, a memory cap, progress and cancel.

A crash, a hang or a model too big for the memory cap ends the child, never QGIS: the caller gets an
:class:`IfcImportError` whose ``kind`` says which. The child's interpreter is chosen by
:func:`child_python` (``DSEZA_TWIN_PYTHON``, else a Python ``sys.executable``, else ``python3``); it gets the
parent's ``sys.path`` as ``PYTHONPATH`` and runs :mod:`.worker` with ``-m`` under this package's own name,
so it imports exactly the code and libraries the parent does.
"""

from __future__ import annotations

import json
import os
import pickle
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict

from .errors import IfcImportError
from .header import read_schema
from .result import GeorefRequest, IfcImportResult

_WORKER = __name__.rsplit(".", 1)[0] + ".worker"


def child_python() -> str:
    """The Python interpreter for the worker (QGIS's own ``sys.executable`` is the qgis binary)."""
    chosen = os.environ.get("DSEZA_TWIN_PYTHON")
    if chosen:
        return chosen
    if os.path.basename(sys.executable or "").startswith("python"):
        return sys.executable
    return shutil.which("python3") or os.path.join(sys.exec_prefix, "bin", "python3")


def _child_env() -> dict:
    env = dict(os.environ)
    paths = [p for p in sys.path if p and os.path.isdir(p)]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    env["PYTHONNOUSERSITE"] = "1"
    env.setdefault("OPENBLAS_NUM_THREADS", "1")  # each BLAS thread reserves address space under RLIMIT_AS
    env.setdefault("OMP_NUM_THREADS", "1")
    return env


def import_ifc(path, request: GeorefRequest | None = None, *, with_3d: bool = True, threads: int = 1,
               timeout_s: float = 600, memory_mb: int | None = 4096, progress=None, cancel=None) -> IfcImportResult:
    """Imports an IFC file: buildings (footprints in EPSG:5899, heights, floors, GFA), storeys, 3D triangles.

    Parameters
    ----------
    path : the .ifc file (IFC2X3, IFC4, IFC4X3).
    request : how to georeference it (:class:`GeorefRequest`; default: the file's own georeferencing).
    with_3d : also return the triangles of the elements, one MultiPolygonZ per IFC class.
    threads : geometry threads of ifcopenshell (1 is as fast as 2 on a house-sized model).
    timeout_s : the child is killed after this many seconds (kind ``'timeout'``).
    memory_mb : address-space cap of the child (kind ``'memory'``); None for no cap.
    progress : ``progress(fraction, message)``, called in this process as the child reports.
    cancel : ``cancel() -> bool``, polled about ten times a second; True kills the child (kind ``'canceled'``).

    Raises
    ------
    IfcImportError : with ``kind`` and a message for a GIS officer.

    Examples
    --------
    >>> result = import_ifc("house.ifc", GeorefRequest(parcel_centroid=(552300.0, 1771800.0)))  # doctest: +SKIP
    >>> result.buildings[0].floors  # doctest: +SKIP
    2
    """
    path = os.path.abspath(os.fspath(path))
    read_schema(path)  # clear errors for missing, foreign, cut-short files without starting a process
    name = os.path.basename(path)
    with tempfile.TemporaryDirectory(prefix="dseza-ifc-") as work:
        job = {"path": path, "request": asdict(request) if request else None, "with_3d": with_3d,
               "threads": threads, "memory_mb": memory_mb, "result": os.path.join(work, "result.pickle")}
        job_path = os.path.join(work, "job.json")
        with open(job_path, "w", encoding="utf-8") as stream:
            json.dump(job, stream)
        with open(os.path.join(work, "stderr.txt"), "w+b") as errors:
            process = subprocess.Popen([child_python(), "-m", _WORKER, job_path], stdin=subprocess.DEVNULL,
                                       stdout=subprocess.PIPE, stderr=errors, cwd=work, env=_child_env(),
                                       start_new_session=True)
            try:
                final, peak_mb = _follow(process, name, timeout_s, progress, cancel)
            finally:
                if process.poll() is None:
                    process.kill()
                process.wait()
                process.stdout.close()
            errors.seek(0)
            stderr_tail = errors.read()[-4000:].decode("utf-8", "replace")
        if final is None or "error" in final:
            raise _failure(final, process.returncode, stderr_tail, name, memory_mb, peak_mb)
        with open(final["done"], "rb") as stream:
            return IfcImportResult.from_plain(pickle.load(stream))


def _follow(process, name, timeout_s, progress, cancel) -> tuple[dict | None, float]:
    """Reads the child's messages until it ends; kills it on time-out or cancel.

    Returns its last message and the largest address space it reported (MB)."""
    deadline = time.monotonic() + timeout_s
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    buffer = b""
    final = None
    peak_mb = 0.0
    fd = process.stdout.fileno()
    try:
        while True:
            if cancel is not None and cancel():
                process.kill()
                raise IfcImportError("canceled", "The import of {} was canceled.".format(name))
            if time.monotonic() > deadline:
                process.kill()
                raise IfcImportError("timeout", "The import of {} took longer than {:g} s and was stopped. The model "
                                     "may be very large or malformed: try again with a longer time-out, or ask for "
                                     "a lighter export (only the building's shell).".format(name, timeout_s))
            if not selector.select(timeout=0.1):
                continue
            chunk = os.read(fd, 65536)
            if not chunk:
                return final, peak_mb
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            for line in lines:
                try:
                    message = json.loads(line)
                except ValueError:
                    continue
                if "progress" in message:
                    peak_mb = max(peak_mb, float(message.get("vm_mb") or 0.0))
                    if progress is not None:
                        progress(float(message["progress"]), message.get("message", ""))
                else:
                    final = message
    finally:
        selector.close()


#: A child killed by a signal after reporting this share of its memory cap most likely ran out of memory
#: (ifcopenshell and OpenCASCADE often crash instead of raising when an allocation fails).
NEAR_CAP = 0.7


def _failure(final, returncode, stderr_tail, name, memory_mb, peak_mb=0.0) -> IfcImportError:
    limit = "{} MB".format(memory_mb) if memory_mb else "the machine's memory"
    memory_text = ("Importing {} needed more memory than the limit of {}. Import it with a higher memory limit, "
                   "or ask for a lighter export (only the building's shell).".format(name, limit))
    if final and final.get("error"):
        kind = final["error"]
        if kind == "memory":
            return IfcImportError("memory", final.get("message") or memory_text, final.get("details", ""))
        if kind == "crash":
            return IfcImportError("crash", "The import of {} failed on an unexpected error; the file may use IFC "
                                  "features this import does not handle. Details are in the log."
                                  .format(name), final.get("details", ""))
        return IfcImportError(kind, final.get("message") or kind, final.get("details", ""))
    if any(text in stderr_tail for text in ("MemoryError", "bad_alloc", "Cannot allocate memory",
                                            "failed to map segment")):
        return IfcImportError("memory", memory_text, stderr_tail)
    if memory_mb and returncode is not None and returncode < 0 and peak_mb >= NEAR_CAP * memory_mb:
        return IfcImportError("memory", memory_text + " (The import process stopped with signal {} after "
                              "reaching {:.0f} MB of its {} MB.)".format(-returncode, peak_mb, memory_mb), stderr_tail)
    how = "exit status {}".format(returncode)
    if returncode is not None and returncode < 0:
        try:
            how = "signal {}".format(signal.Signals(-returncode).name)
        except ValueError:
            how = "signal {}".format(-returncode)
    return IfcImportError("crash", "The import process for {} stopped unexpectedly ({}). The file may be damaged, "
                          "or the import ran out of memory (limit {}): try a higher memory limit, or check the file "
                          "in an IFC viewer.".format(name, how, limit), stderr_tail)
