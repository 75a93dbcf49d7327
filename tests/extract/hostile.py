"""Hostile files, built in memory and small: a PDF whose page decompresses to gigabytes,
a Word document that is a zip bomb, HTML nested 100,000 deep, an e-mail of 10,000 parts."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

_MIB = 1024 * 1024


def deflated_zeros(size_mib: int) -> bytes:
    """A zlib stream of ``size_mib`` MiB of zero bytes, about 1 KB for each MiB, made
    without compressing them all: after a full flush every MiB deflates to the same bytes."""
    chunk = bytes(_MIB)
    compressor = zlib.compressobj(9)
    first = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeated = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    end = compressor.flush(zlib.Z_FINISH)[:-4]  # the last, empty block without its checksum
    checksum = ((size_mib * _MIB) % 65521) << 16 | 1  # Adler-32 of that many zeros
    return first + repeated * (size_mib - 1) + end + struct.pack(">I", checksum)


def pdf_bomb(size_mib: int = 2048) -> bytes:
    """A one-page PDF whose content stream inflates to ``size_mib`` MiB (2 GiB by default)."""
    stream = deflated_zeros(size_mib)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def docx_bomb(size_mib: int = 256) -> bytes:
    """A zip holding ``word/document.xml`` that unpacks to ``size_mib`` MiB of spaces."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * _MIB
            for _ in range(size_mib):
                member.write(chunk)
    return out.getvalue()


def deep_html(depth: int = 100_000) -> bytes:
    """A page whose text sits ``depth`` elements deep."""
    return b"<!DOCTYPE html><html><body>" + b"<div>" * depth + b"Dear Members," + b"</div>" * depth


def many_parts(parts: int = 10_000) -> bytes:
    """A MIME message of ``parts`` text parts."""
    body = b"".join(
        b"--b\r\nContent-Type: text/plain\r\n\r\nPart %d\r\n" % number for number in range(parts)
    )
    head = (
        b"From: a@example.org\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=b\r\n\r\n"
    )
    return head + body + b"--b--\r\n"
