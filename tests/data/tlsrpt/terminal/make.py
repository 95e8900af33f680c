#!/usr/bin/python3
"""Builds control-chars-in-names.zip (run once; the output is committed).

Entry names are chosen by whoever sends the zip. This one carries a terminal escape sequence (ESC [2K,
erase the line), CR and LF, so that printed raw it would forge a line "Imported: 9999" of the
import summary. The entry holds no report, so the import quarantines it and names it."""
import io, json, os, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
    info = zipfile.ZipInfo("evil\x1b[2K\r\nImported: 9999\r\n.json", date_time=(2024, 1, 1, 0, 0, 0))
    z.writestr(info, json.dumps({"not": "a report"}))
open(os.path.join(HERE, "control-chars-in-names.zip"), "wb").write(buf.getvalue())
