#!/usr/bin/python3
"""Builds the TLS-RPT fixtures in this folder (run once; outputs are committed).
Every value the tests expect is written literally below."""
import base64, gzip, io, json, os, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
def out(name, data):
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "wb").write(data if isinstance(data, bytes) else data.encode())

def gz(data, trailing=b""):
    return gzip.compress(data, mtime=0) + trailing

# Google: policy-string lines end in a literal CR (policy served with CRLF), mx-host array.
google_crlf = {"organization-name": "Google LLC",
  "date-range": {"start-datetime": "2024-03-01T00:00:00Z", "end-datetime": "2024-03-01T23:59:59Z"},
  "contact-info": "smtp-tls-reporting@google.com", "report-id": "2024-03-01T00:00:00Z_crlf.example",
  "policies": [{"policy": {"policy-type": "sts",
      "policy-string": ["version: STSv1\r", "mode: testing\r", "mx: mx1.crlf.example\r", "max_age: 86400\r"],
      "policy-domain": "crlf.example", "mx-host": ["mx1.crlf.example"]},
    "summary": {"total-successful-session-count": 41, "total-failure-session-count": 2},
    "failure-details": [{"result-type": "certificate-expired", "sending-mta-ip": "192.0.2.10",
      "receiving-mx-hostname": "mx1.crlf.example", "receiving-ip": "198.51.100.20", "failed-session-count": 2}]}]}
out("quirks/google-crlf.json", json.dumps(google_crlf))
# The same report gzipped with a stray CRLF after the member and mtime 0.
out("quirks/google-crlf-trailing.json.gz", gz(json.dumps(google_crlf).encode(), b"\r\n"))

# Odd but real: contact-info null, end at next day 00:00Z, empty arrays, no-policy-found without
# policy-domain, organisation that is a domain, misspelled key, unknown result type, long reason,
# mx-host empty string, counts as strings.
odd = {"organization-name": "mail.example.net",
  "date-range": {"start-datetime": "2024-05-06T00:00:00Z", "end-datetime": "2024-05-07T00:00:00Z"},
  "contact-info": None, "report-id": "odd-1",
  "policies": [
    {"policy": {"policy-type": "no-policy-found", "policy-string": [], "mx-host": []},
     "summary": {"total-successful-session-count": 7, "total-failure-session-count": 0},
     "failure-details": []},
    {"policy": {"policy-type": "sts", "policy-domain": "Odd.Example.", "mx-host": ""},
     "summary": {"total-successful-session-count": "12", "total-failure-session-count": 5},
     "failure-details": [
       {"result-type": "certificate-host-mismatch", "sending-mta-ip": "192.0.2.1",
        "receiving-mx-host-name": "mx.odd.example", "failed-session-count": 3,
        "failure-reason-code": "The certificate presented by the receiving MTA did not contain a subject alternative name that matches the MX host name mx.odd.example; the sending MTA tried every address of the host and got the same certificate each time."},
       {"result-type": "sts-webpki-expired-ocsp", "failed-session-count": 2}]}]}
out("quirks/odd-sender.json", json.dumps(odd, indent=2))

# Microsoft style dates without a zone; report-id "<digits>+" with nothing after the plus.
ms = {"organization-name": "Microsoft Corporation",
  "date-range": {"start-datetime": "2023-01-10T00:00:00", "end-datetime": "2023-01-10T23:59:59"},
  "contact-info": "tlsrpt-noreply@microsoft.com", "report-id": "133198585438131173+",
  "policies": [{"policy": {"policy-type": "sts", "policy-domain": "nozone.example"},
    "summary": {"total-successful-session-count": 9, "total-failure-session-count": 1},
    "failure-details": [{"result-type": "starttls-not-supported", "failed-session-count": 1}]}]}
out("quirks/microsoft-nozone.json", json.dumps(ms))

# Counts no sender can have (2^53, int64's largest as a string, 2^64, 1e300): each is read as
# tlsrpt::maxSessionCount with a warning. Written as text, so that the numbers stay as written.
out("quirks/huge-counts.json", """{
  "organization-name": "Forged Sender Inc.",
  "date-range": {"start-datetime": "2024-05-06T00:00:00Z", "end-datetime": "2024-05-06T23:59:59Z"},
  "contact-info": "tlsrpt@forged.example",
  "report-id": "huge-counts-1",
  "policies": [
    {
      "policy": {"policy-type": "sts", "policy-domain": "huge.example", "mx-host": ["mx.huge.example"]},
      "summary": {"total-successful-session-count": 9007199254740992,
                  "total-failure-session-count": "9223372036854775807"},
      "failure-details": [
        {"result-type": "validation-failure", "receiving-mx-hostname": "mx.huge.example",
         "failed-session-count": 18446744073709551616},
        {"result-type": "starttls-not-supported", "receiving-mx-hostname": "mx.huge.example",
         "failed-session-count": 1e300}
      ]
    }
  ]
}
""")

out("bad/not-a-report.json", json.dumps({"feedback": {"report_metadata": {"org_name": "x"}}}))
out("bad/dmarc.xml", "<?xml version=\"1.0\"?>\n<feedback><report_metadata/></feedback>\n")
out("bad/broken.json", '{"organization-name": "Broken", "report-id": "b1", "policies": [')
out("bad/truncated.json.gz", gz(json.dumps(ms).encode())[:-20])

# A zip with two reports, one gzipped inside the zip.
def report(org, rid, domain, ok, day="2024-02-02"):
    return {"organization-name": org, "date-range": {"start-datetime": day + "T00:00:00Z",
            "end-datetime": day + "T23:59:59Z"}, "contact-info": "x@" + domain, "report-id": rid,
            "policies": [{"policy": {"policy-type": "sts", "policy-domain": domain, "mx-host": ["mx." + domain]},
                          "summary": {"total-successful-session-count": ok, "total-failure-session-count": 0}}]}
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("yahoo!zip.example!1706832000!1706918399.json", json.dumps(report("Yahoo", "zip-1", "zip.example", 10)))
    z.writestr("sub/comcast!zip.example!1706832000!1706918399.json.gz", gz(json.dumps(report("Comcast", "zip-2", "zip.example", 20)).encode()))
out("containers/reports.zip", buf.getvalue())

def mail(msgid, subject, parts, outer="multipart/report; report-type=\"tlsrpt\""):
    b = "b-" + msgid
    lines = ["From: reports@sender.example", "To: tlsrpt@customer.example", "Subject: " + subject,
             "Date: Mon, 05 Feb 2024 01:00:00 +0000", "Message-ID: <%s>" % msgid, "MIME-Version: 1.0",
             "Content-Type: %s; boundary=\"%s\"" % (outer, b), ""]
    for headers, body in parts:
        lines += ["--" + b] + headers + [""] + [body]
    lines += ["--" + b + "--", ""]
    return "\n".join(lines)
def b64(data):
    return base64.encodebytes(data).decode().rstrip("\n")

m1 = mail("m1@sender.example", "Report Domain: mbox.example Submitter: google.com Report-ID: <mbox-1>", [
    (["Content-Type: text/plain"], "Aggregate report"),
    (["Content-Type: application/gzip", "Content-Transfer-Encoding: base64",
      "Content-Disposition: attachment; filename=\"google.com!mbox.example!1707091200!1707177599.json.gz\""],
     b64(gz(json.dumps(report("Google LLC", "mbox-1", "mbox.example", 30, "2024-02-05")).encode())))])
plain = "\n".join(["From: friend@other.example", "To: tlsrpt@customer.example", "Subject: lunch?",
                   "Message-ID: <plain@other.example>", "", "From the office: see you at noon.", ""])
m3 = mail("m3@sender.example", "Report Domain: mbox.example Submitter: yahoo.com Report-ID: <mbox-3>", [
    (["Content-Type: text/plain"], "Aggregate report"),
    (["Content-Type: application/octet-stream", "Content-Transfer-Encoding: base64",
      "Content-Description: yahoo.com!mbox.example!1707091200!1707177599.json.gz"],
     b64(gz(json.dumps(report("Yahoo Inc.", "mbox-3", "mbox.example", 40, "2024-02-05")).encode())))])
mbox = ""
for m in (m1, plain, m3):
    mbox += "From MAILER-DAEMON Mon Feb  5 01:00:00 2024\n" + m.replace("\nFrom ", "\n>From ") + "\n"
out("containers/reports.mbox", mbox)

# Nested: multipart/mixed → multipart/report → application/x-gzip, plus an attached message/rfc822
# whose own attachment is application/tlsrpt+json.
inner = mail("inner@sender.example", "inner report", [
    (["Content-Type: application/tlsrpt+json", "Content-Disposition: attachment; filename=\"r.json\""],
     json.dumps(report("Fastmail Pty Ltd", "nested-2", "nested.example", 6, "2024-02-06")))])
rep = "\n".join(["Content-Type: multipart/report; report-type=tlsrpt; boundary=\"in1\"", "", "--in1",
    "Content-Type: text/plain", "", "report", "--in1", "Content-Type: application/x-gzip",
    "Content-Transfer-Encoding: base64", "Content-Disposition: attachment; filename=\"a.json.gz\"", "",
    b64(gz(json.dumps(report("Zoho Corporation", "nested-1", "nested.example", 5, "2024-02-06")).encode())),
    "--in1--"])
nested = "\n".join(["From: a@b.example", "To: c@d.example", "Subject: forwarded reports",
    "Message-ID: <outer@b.example>", "MIME-Version: 1.0", "Content-Type: multipart/mixed; boundary=\"out1\"", "",
    "--out1", "Content-Type: text/plain", "", "two reports attached", "--out1", rep, "--out1",
    "Content-Type: message/rfc822", "", inner, "--out1--", ""])
out("containers/nested.eml", nested)

# A Maildir with one report mail in new/, one in cur/, an ordinary mail, and files to skip.
out("maildir/Maildir/new/1707091200.M1P1.lab", m1)
out("maildir/Maildir/cur/1707091201.M2P1.lab:2,S", m3)
out("maildir/Maildir/cur/1707091202.M3P1.lab:2,", plain)
out("maildir/Maildir/tmp/1707091203.M4P1.lab", "From: half-delivered\n")
out("maildir/Maildir/dovecot-uidlist", "3 V1707091200 N4\n")

# Bombs: 1 GiB of zeros as one gzip member; the same as a zip entry; a zip with 2000 entries.
c = zlib.compressobj(9, zlib.DEFLATED, 31)
zero = b"\0" * (1 << 20)
parts = [c.compress(zero) for _ in range(1024)] + [c.flush()]
out("bombs/zeros-1gib.json.gz", b"".join(parts))
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    with z.open("zeros.json", "w", force_zip64=True) as f:
        for _ in range(1024):
            f.write(zero)
out("bombs/zeros-1gib.zip", buf.getvalue())
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
    for i in range(2000):
        z.writestr("e%04d.json" % i, "{}")
out("bombs/many-entries.zip", buf.getvalue())

# Memory bombs that are small enough to commit (make_hostile.py makes the large shapes): a zip of
# zips that unpacks to 2.5 GB, gzip six deep at 32 MiB a level, a report of 8 million tiny
# strings, and one gzip member of exactly the per-report limit in zeros (the tests copy it).
import importlib.util
spec = importlib.util.spec_from_file_location("hostile", os.path.join(HERE, "make_hostile.py"))
hostile = importlib.util.module_from_spec(spec)
spec.loader.exec_module(hostile)
hostile.zip_of_zips(os.path.join(HERE, "bombs"), "zip-of-zips.zip", 10)
out("bombs/nested-gzip.gz", hostile.nested_gzip())
out("bombs/tiny-strings.json.gz", gzip.compress(hostile.tiny_strings(), 6, mtime=0))
out("bombs/zeros-32mib.json.gz", hostile.deflate_zeros(hostile.LIMIT))
