"""Checks an IFC file's STEP header before anything parses it, so wrong input fails fast and clearly."""

from __future__ import annotations

import os
import re

from .errors import IfcImportError

#: Schemas ifcopenshell 0.9 opens (IFC4X3 files are read as IFC4X3_ADD2).
SUPPORTED_SCHEMAS = ("IFC2X3", "IFC4", "IFC4X3", "IFC4X3_ADD2")

_SCHEMA = re.compile(rb"FILE_SCHEMA\s*\(\s*\(\s*'([^']*)'", re.IGNORECASE)


def read_schema(path: str | os.PathLike) -> str:
    """The schema named in the file's header (upper case), after checking that the file is a whole IFC file.

    Raises :class:`IfcImportError` ``not_found``, ``corrupt`` (not a STEP file, no FILE_SCHEMA, cut short)
    or ``unsupported_schema``.
    """
    path = os.fspath(path)
    name = os.path.basename(path)
    if not os.path.isfile(path):
        raise IfcImportError("not_found", "The IFC file {} does not exist or is not a file. Check the path."
                             .format(path))
    size = os.path.getsize(path)
    with open(path, "rb") as stream:
        head = stream.read(65536)
        stream.seek(max(0, size - 4096))
        tail = stream.read()
    if head.startswith(b"PK\x03\x04"):
        raise IfcImportError("corrupt", "{} is a ZIP archive (an .ifczip file?), not a plain IFC file. Unzip it "
                             "and import the .ifc file inside.".format(name))
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text.startswith(b"ISO-10303-21;"):
        if text.lstrip().startswith(b"<"):
            what = "looks like XML (ifcXML), which this import does not read"
        else:
            what = "does not start with the STEP header 'ISO-10303-21;' of an IFC file"
        raise IfcImportError("corrupt", "{} is not an IFC (STEP) file: it {}. Export the model again from the "
                             "authoring software as IFC (.ifc).".format(name, what))
    match = _SCHEMA.search(head)
    if not match:
        raise IfcImportError("corrupt", "{} has no FILE_SCHEMA in its header, so its IFC version is unknown. The "
                             "file is damaged or was not written by an IFC exporter; export it again."
                             .format(name))
    schema = match.group(1).decode("ascii", "replace").strip().upper()
    if schema not in SUPPORTED_SCHEMAS:
        raise IfcImportError("unsupported_schema", "{} is written in the IFC schema {}, which this import cannot "
                             "read (supported: {}). Ask for an export in IFC4 or IFC2X3 (or the final "
                             "IFC4X3_ADD2).".format(name, schema or "(empty)", ", ".join(SUPPORTED_SCHEMAS)))
    if b"END-ISO-10303-21" not in tail.upper():
        raise IfcImportError("corrupt", "{} is cut short: it lacks the closing 'END-ISO-10303-21;' line (an "
                             "interrupted download or copy?). Copy or export the file again.".format(name))
    return schema
