"""A web page saved as one file: .mhtml (Chrome's and Edge's "Webpage, Single File") and .mht
(Internet Explorer's web archive). The file is a MIME message; its first text/html part is
the page, quoted-printable or base64, in the charset the part's header or the page's <meta>
names, read as html.py reads a saved .html page. Lines are those of the page's HTML."""
from __future__ import annotations

import email
import email.policy
from pathlib import Path

from ..errors import InputError
from .base import LoadedDocument, read_bytes
from .html import _decode, page_document


def page_of_archive(data: bytes):
    """The archive's page part (an email.message.Message), or None."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)  # compat32: lenient, as archives are
    return next((part for part in message.walk() if part.get_content_type() == "text/html"), None)


def load_mhtml(path: Path) -> LoadedDocument:
    data = read_bytes(path)
    part = page_of_archive(data)
    if part is None:
        raise InputError(f"{path}: the web archive holds no HTML page; open it in the browser and save the page again as .html or .mhtml")
    page = part.get_payload(decode=True) or b""
    return page_document(path, data, _decode(page, str(path), part.get_content_charset()))
