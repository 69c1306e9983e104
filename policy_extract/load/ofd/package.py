"""The OFD package read defensively: bounded zip reads, locations inside the package, and
XML parsed with document type and entity declarations refused (nothing expanded, nothing
fetched)."""
from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from xml.parsers import expat

from ...errors import InputError

# --- the package ------------------------------------------------------------------
# Limits for one OFD. A local check: the shared zip-bomb guard (load/zipguard.py or
# load/base.py, another branch) should replace it when both are merged.
MAX_MEMBERS = 20_000
MAX_MEMBER_BYTES = 64 * 1024 * 1024  # one XML part, decompressed
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # all parts read from one package
MAX_RATIO = 200  # decompressed / compressed, for parts over 1 MB
MAX_PAGES = 5_000


class _Unsafe(Exception):
    pass


class _Package:
    """The zip with bounded reads: member count, each part's declared and actual
    decompressed size, the compression ratio and the total read are all capped."""

    def __init__(self, path: Path, data: bytes):
        import io

        self.path = path
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zf.infolist()
        except (zipfile.BadZipFile, EOFError, ValueError, OSError):
            raise InputError(f"{path}: the OFD is damaged or incomplete (not a readable zip package); download or export it again") from None
        if len(infos) > MAX_MEMBERS:
            raise InputError(f"{path}: the OFD package has {len(infos)} parts, more than {MAX_MEMBERS}; it is not read (a damaged or hostile file)")
        self.names = {}
        for info in infos:
            name = info.filename.replace("\\", "/").lstrip("/")
            self.names.setdefault(name, info)
            self.names.setdefault(name.lower(), info)
        self.total = 0

    def find(self, name: str):
        return self.names.get(name) or self.names.get(name.lower())

    def read(self, name: str) -> bytes:
        info = self.find(name)
        if info is None:
            raise KeyError(name)
        size = info.file_size
        if size > MAX_MEMBER_BYTES or (size > 1024 * 1024 and size > MAX_RATIO * max(info.compress_size, 1)):
            raise _Unsafe(f"part {info.filename} would unpack to {size} bytes")
        if self.total + size > MAX_TOTAL_BYTES:
            raise _Unsafe("the parts would unpack to more than the limit")
        with self.zf.open(info) as fh:  # the declared size may lie: read at most one byte past it
            data = fh.read(min(size, MAX_MEMBER_BYTES) + 1)
        if len(data) > size:
            raise _Unsafe(f"part {info.filename} unpacks to more than it declares")
        self.total += len(data)
        return data


def _resolve(base_dir: str, loc: str) -> str:
    """A location inside the package: absolute from the package root when it starts
    with '/', otherwise relative to the folder of the file naming it."""
    loc = loc.strip().replace("\\", "/")
    joined = loc.lstrip("/") if loc.startswith("/") else posixpath.join(base_dir, loc)
    return posixpath.normpath(joined).lstrip("/")


# --- safe XML ---------------------------------------------------------------------
def _parse_xml(data: bytes) -> ET.Element:
    """XML to an ElementTree with namespaces dropped from names (producers spell the
    OFD namespace differently). A document type declaration or an entity declaration
    is refused, so no entity is ever expanded and nothing outside is fetched."""
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")

    def local(name: str) -> str:
        return name.rsplit("}", 1)[-1]

    def refuse(*_args) -> None:
        raise _Unsafe("a document type or entity declaration")

    def start(name, attrs):
        builder.start(local(name), {local(k): v for k, v in attrs.items()})

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = start
    parser.EndElementHandler = lambda name: builder.end(local(name))
    parser.CharacterDataHandler = builder.data
    parser.buffer_text = True
    parser.Parse(data, True)
    return builder.close()


def _child(el: ET.Element | None, tag: str) -> ET.Element | None:
    return None if el is None else el.find(tag)


def _text(el: ET.Element | None, tag: str) -> str:
    c = _child(el, tag)
    return (c.text or "").strip() if c is not None else ""
