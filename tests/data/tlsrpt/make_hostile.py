#!/usr/bin/python3
"""Writes hostile TLS-RPT inputs into OUTDIR, one file or folder per shape, for the memory and
disk tests and for measuring an import's peak memory:

    make_hostile.py OUTDIR [SHAPE...]      (no SHAPE: all of them)
    /usr/bin/time -v stsdesk-cli import --database /tmp/x.sqlite OUTDIR/SHAPE

They are generated, not committed: a few are hundreds of megabytes on disk, and all of them
inflate to gigabytes. Each shape says what it attacks."""
import gzip, io, json, os, sys, zipfile, zlib

MIB = 1 << 20
LIMIT = 32 * MIB  # the per-report limit (ExtractionLimits::maxDocumentBytes)


def deflate_zeros(size):
    """A gzip member of `size` zero bytes, made piecewise (no `size`-byte buffer here)."""
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * MIB
    parts = [c.compress(block) for _ in range(size // MIB)]
    parts.append(c.compress(b"\0" * (size % MIB)))
    parts.append(c.flush())
    return b"".join(parts)


def zip_bytes(entries, method=zipfile.ZIP_DEFLATED):
    """entries: (name, bytes) or (name, size) for that many zero bytes, streamed into the zip."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method, compresslevel=9) as z:
        for name, content in entries:
            if isinstance(content, int):
                with z.open(name, "w", force_zip64=True) as f:
                    left = content
                    while left:
                        n = min(left, MIB)
                        f.write(b"\0" * n)
                        left -= n
            else:
                z.writestr(name, content)
    return buf.getvalue()


def report(rid, pad=0, **extra):
    doc = {"organization-name": "Hostile Sender", "report-id": rid,
           "date-range": {"start-datetime": "2024-06-01T00:00:00Z",
                          "end-datetime": "2024-06-01T23:59:59Z"},
           "contact-info": "tlsrpt@hostile.example",
           "policies": [{"policy": {"policy-type": "sts", "policy-domain": "hostile.example",
                                    "mx-host": ["mx.hostile.example"]},
                         "summary": {"total-successful-session-count": 1,
                                     "total-failure-session-count": 0}}]}
    doc.update(extra)
    text = json.dumps(doc).encode()
    # Whitespace after the object keeps the report valid at any size.
    return text + b" " * max(0, pad - len(text))


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def zip_of_zips(out, name, inner_count):
    # Nested archives: each inner zip holds 8 entries of 31 MiB zeros (under the per-report and
    # the per-archive limits); zipping it again compresses the deflate stream once more, so a
    # few kilobytes unpack to gigabytes.
    inner = zip_bytes([("z%d.json" % i, 31 * MIB) for i in range(8)])
    write(os.path.join(out, name),
          zip_bytes([("inner%03d.zip" % i, inner) for i in range(inner_count)]))


def gz_folder(out, name, count, content):
    # Many small files that each inflate to exactly the per-report limit: every one alone is
    # allowed, all of them at once are not. `content(i)` gives file i (None: all the same).
    member = content(None)
    for i in range(count):
        write(os.path.join(out, name, "r%03d.json.gz" % i), member or content(i))


def shapes():
    return {
        # 17 KB and 283 KB zips of zips (the sizes found in the review).
        "zip-of-zips-small.zip": lambda out: zip_of_zips(out, "zip-of-zips-small.zip", 10),
        "zip-of-zips-large.zip": lambda out: zip_of_zips(out, "zip-of-zips-large.zip", 180),
        # 200 gzip files of 32 MiB zeros each (not JSON: all quarantined).
        "gz-folder": lambda out: gz_folder(out, "gz-folder", 200, lambda i: deflate_zeros(LIMIT)),
        # 12 gzip files, each a different valid report padded to 32 MiB: all imported and kept.
        "gz-reports-folder": lambda out: gz_folder(
            out, "gz-reports-folder", 12,
            lambda i: None if i is None else gzip.compress(report("big-%d" % i, LIMIT), 9, mtime=0)),
        # A plain 200 MB report (valid JSON): larger than any report may be.
        "plain-200mb.json": lambda out: write(os.path.join(out, "plain-200mb.json"),
                                              report("plain", 200 * 1000 * 1000)),
        # gzip in gzip, six deep, each level inflating to 32 MiB (padding after each member is
        # ignored as trailing garbage): 192 MiB for one small file.
        "nested-gzip.gz": lambda out: write(os.path.join(out, "nested-gzip.gz"), nested_gzip()),
        # A report within the size limit that is nothing but tiny strings: the parsers' trees
        # are many times the size of the text.
        "tiny-strings.json.gz": lambda out: write(os.path.join(out, "tiny-strings.json.gz"),
                                                  gzip.compress(tiny_strings(), 6, mtime=0)),
        # A mailbox of 300 mails, each with a 32 MiB gzip bomb attached.
        "bombs.mbox": lambda out: write(os.path.join(out, "bombs.mbox"), mbox_of_bombs(300)),
        # 1000 zip entries of 31 MiB zeros each: 31 GB of inflating, allowed entry by entry.
        "many-big-entries.zip": lambda out: write(
            os.path.join(out, "many-big-entries.zip"),
            zip_bytes([("e%04d.json" % i, 31 * MIB) for i in range(1000)])),
    }


def nested_gzip(levels=6):
    data = b"\0" * LIMIT
    for level in range(levels):
        data = gzip.compress(data, 9, mtime=0)
        if level + 1 < levels:
            data += b"\0" * (LIMIT - len(data))
    return data


def tiny_strings():
    doc = json.loads(report("tiny"))
    doc["policies"][0]["policy"]["policy-string"] = ["a"] * ((LIMIT - 1024) // 4)
    return json.dumps(doc, separators=(",", ":")).encode()


def mbox_of_bombs(count):
    import base64
    attachment = base64.encodebytes(deflate_zeros(LIMIT)).decode()
    mails = []
    for i in range(count):
        mails.append("\n".join([
            "From MAILER-DAEMON Mon Jun  3 01:00:00 2024",
            "From: reports@hostile.example", "To: tlsrpt@customer.example",
            "Subject: Report %d" % i, "Message-ID: <bomb%d@hostile.example>" % i,
            "MIME-Version: 1.0", "Content-Type: multipart/report; boundary=\"b\"", "",
            "--b", "Content-Type: application/tlsrpt+gzip", "Content-Transfer-Encoding: base64",
            "Content-Disposition: attachment; filename=\"r%d.json.gz\"" % i, "", attachment,
            "--b--", ""]))
    return "\n".join(mails).encode()


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    all_shapes = shapes()
    wanted = sys.argv[2:] or list(all_shapes)
    for name in wanted:
        if name not in all_shapes:
            sys.exit("unknown shape %s; known: %s" % (name, " ".join(all_shapes)))
        all_shapes[name](out)
        print(name)


if __name__ == "__main__":
    main()
