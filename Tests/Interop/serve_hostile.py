#!/usr/bin/env python3
"""Hostile requests against `shenbao serve`, each followed by an ordinary one.

Usage: serve_hostile.py HOST PORT FORM-ID [TOKEN] [SMALL-FORM-ID SMALL-LIMIT-BYTES]

Sends, over raw sockets and http.client: an oversized draft, a draft that is not JSON or YAML,
one that is a list, a request for a form that does not exist, a path leading out of the assets,
a forged Host header, a POST from another site, a malformed request line and headers, a request
cut off half-way; uploads: a file over the form's limit (to SMALL-FORM-ID, whose limit is
SMALL-LIMIT-BYTES), streamed and refused before its end, the same inside a multipart body, a
multipart body without its closing boundary, one that is not multipart, names with ../ and
absolute paths, a zip bomb named .docx; with TOKEN (the server bound off loopback): none, a wrong one, the header,
the query (which sets a cookie) and the cookie; DNS rebinding (Host names that start like
127.0.0.1, with an Origin to match), Origin null and https, no Host, an empty one and two; a draft of
30 000 identical members; a YAML alias bomb; a hundred bundles of one name. After each, the home
page must still answer.
Prints one JSON object: for each case the status, the body's first line and whether the
server still answered.
"""
import http.client
import io
import json
import socket
import sys
import urllib.parse
import zipfile


def request(host, port, method, path, body=None, headers=None, keep=False):
    connection = http.client.HTTPConnection(host, port, timeout=120)
    try:
        headers = dict(headers or {})
        skip_host = "Host" in headers
        connection.putrequest(method, path, skip_host=skip_host, skip_accept_encoding=True)
        if skip_host:
            connection.putheader("Host", headers.pop("Host"))
        for key, value in headers.items():
            connection.putheader(key, value)
        if body is not None:
            connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body)
        response = connection.getresponse()
        data = response.read()
        result = {"status": response.status, "line": data.decode("utf-8", "replace").split("\n")[0], "size": len(data),
                  "cookie": response.getheader("Set-Cookie") or "", "csp": response.getheader("Content-Security-Policy") or ""}
        if keep:
            result["body"] = data
        return result
    finally:
        connection.close()


def raw(host, port, data):
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(data)
        try:
            answer = sock.recv(4096)
        except socket.timeout:
            answer = b""
    first = answer.split(b"\r\n")[0].decode("latin-1")
    return {"status": int(first.split()[1]) if first.startswith("HTTP/") else 0, "line": first}


def streamed(host, port, path, total, headers):
    """Sends `total` bytes as a chunked body; the answer, or what happened when the server cut it off."""
    connection = http.client.HTTPConnection(host, port, timeout=30)
    try:
        connection.putrequest("POST", path)
        for key, value in headers.items():
            connection.putheader(key, value)
        connection.putheader("Transfer-Encoding", "chunked")
        connection.endheaders()
        chunk = b"%PDF-1.4\n" + b"0" * ((1 << 20) - 9)
        sent = 0
        try:
            while sent < total:
                connection.send(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
                sent += len(chunk)
            connection.send(b"0\r\n\r\n")
        except OSError:
            pass
        response = connection.getresponse()
        data = response.read()
        return {"status": response.status, "line": data.decode("utf-8", "replace").split("\n")[0], "sent": sent}
    except OSError as error:
        return {"status": 0, "line": str(error)}
    finally:
        connection.close()


def multipart(fields, files, boundary="shenbaoBoundary7", close=True):
    body = b""
    for name, value in fields:
        body += b"--" + boundary.encode() + b"\r\nContent-Disposition: form-data; name=\"" + name.encode() + b"\"\r\n\r\n"
        body += value + b"\r\n"
    for name, filename, data in files:
        body += (b"--" + boundary.encode() + b"\r\nContent-Disposition: form-data; name=\"" + name.encode()
                 + b"\"; filename=\"" + filename.encode() + b"\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        body += data + b"\r\n"
    if close:
        body += b"--" + boundary.encode() + b"--\r\n"
    return body, {"Content-Type": "multipart/form-data; boundary=" + boundary}


def zip_bomb():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (200 << 20))
    return out.getvalue()


def main():
    host, port, form = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    token = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] != "-" else None
    small = sys.argv[5] if len(sys.argv) > 6 else None
    small_limit = int(sys.argv[6]) if len(sys.argv) > 6 else 0
    auth = {"X-Shenbao-Token": token} if token else {}
    validate = "/api/forms/%s/validate" % form
    cases = {}

    def alive():
        return request(host, port, "GET", "/", headers=auth)["status"] == 200

    def case(name, result):
        result["alive"] = alive()
        cases[name] = result

    case("oversized", request(host, port, "POST", validate, body=b"{\"a\":\"" + b"x" * (3 << 20) + b"\"}",
                              headers=dict(auth, **{"Content-Type": "application/json"})))
    case("notADraft", request(host, port, "POST", validate, body=b"{\"a\": [1, 2", headers=auth))
    case("aList", request(host, port, "POST", validate, body=b"[1, 2, 3]", headers=auth))
    case("binary", request(host, port, "POST", validate, body=bytes(range(256)) * 64, headers=auth))
    case("noSuchForm", request(host, port, "POST", "/api/forms/no-such-form/validate", body=b"{}", headers=auth))
    case("noSuchPage", request(host, port, "GET", "/forms/../../etc/passwd", headers=auth))
    case("assetsEscape", request(host, port, "GET", "/assets/..%2F..%2Fetc%2Fpasswd", headers=auth))
    case("forgedHost", request(host, port, "GET", "/", headers=dict(auth, Host="evil.example")))
    case("otherSite", request(host, port, "POST", validate, body=b"{}",
                              headers=dict(auth, Origin="http://evil.example")))
    # DNS rebinding: names that start like a loopback address, with an Origin to match.
    case("rebindHost", request(host, port, "GET", "/", headers=dict(auth, Host="127.evil.example")))
    nip = "127.0.0.1.nip.io:%d" % port
    case("rebindPost", request(host, port, "POST", validate, body=b"{}",
                               headers=dict(auth, Host=nip, Origin="http://" + nip)))
    case("nullOrigin", request(host, port, "POST", validate, body=b"{}", headers=dict(auth, Origin="null")))
    case("httpsOrigin", request(host, port, "POST", validate, body=b"{}",
                                headers=dict(auth, Origin="https://127.0.0.1:%d" % port)))
    case("sameOrigin", request(host, port, "POST", validate, body=b"{}",
                               headers=dict(auth, Origin="http://127.0.0.1:%d" % port)))
    token_header = b"X-Shenbao-Token: " + token.encode() + b"\r\n" if token else b""
    case("noHost", raw(host, port, b"GET / HTTP/1.1\r\n" + token_header + b"\r\n"))
    case("emptyHost", raw(host, port, b"GET / HTTP/1.1\r\nHost: \r\n" + token_header + b"\r\n"))
    case("twoHosts", raw(host, port, b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\n" + token_header
                         + b"\r\n"))
    # A draft of 30 000 identical members: its findings grouped, the answer small.
    members = [{"name": "王静怡", "idNumber": "310110198507220625"}] * 30000
    crowd = request(host, port, "POST", validate, body=json.dumps({"form": form, "members": members}, ensure_ascii=False)
                    .encode(), headers=dict(auth, **{"Content-Type": "application/json"}), keep=True)
    answer = json.loads(crowd.pop("body") or b"{}")
    crowd["findings"] = len(answer.get("findings", []))
    crowd["duplicates"] = [item.get("count") for item in answer.get("findings", []) if item["code"] == "duplicate-member"]
    crowd["errors"] = answer.get("errors")
    case("crowd", crowd)
    bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        "a%d: &a%d [%s]\n" % (level, level, ", ".join(["*a%d" % (level - 1)] * 10)) for level in range(1, 9))
    case("yamlBomb", request(host, port, "POST", validate, body=bomb.encode(), headers=auth))
    # A hundred bundles of one name, as when each applicant's folder holds 申报材料.zip.
    little = io.BytesIO()
    with zipfile.ZipFile(little, "w") as archive:
        archive.writestr("x.txt", b"x")
    body, headers = multipart([], [("bundle", "申报材料.zip", little.getvalue())] * 100)
    same = request(host, port, "POST", "/api/department", body=body, headers=dict(auth, **headers), keep=True)
    page = same.pop("body").decode("utf-8", "replace")
    same["last"] = "申报材料-100.zip" in page
    same["nested"] = "2-申报材料" in page or "申报材料-2-2" in page
    case("sameNames", same)
    case("badRequestLine", raw(host, port, b"GARBAGE\r\n\r\n"))
    case("badHeader", raw(host, port, b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n"))
    case("cutOff", raw(host, port, b"POST " + validate.encode() + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   b"Content-Length: 1000\r\n\r\n{\"a\":"))
    attachment = "/api/forms/%s/attachment?category=other&name=" % form
    bundle = "/api/forms/%s/bundle" % form
    if small:
        case("fileOverLimit", streamed(host, port, "/api/forms/%s/attachment?category=other&name=big.pdf" % small,
                                       small_limit + (4 << 20), auth))
        body, headers = multipart([("draft", b"{}")], [("file", "big.pdf", b"%PDF-1.4\n" + b"0" * (small_limit + 10))])
        case("partOverLimit", request(host, port, "POST", "/api/forms/%s/bundle" % small, body=body,
                                      headers=dict(auth, **headers)))
    body, headers = multipart([("draft", b"{}")], [("file", "a.pdf", b"%PDF-1.4\n")], close=False)
    case("unclosedMultipart", request(host, port, "POST", bundle, body=body, headers=dict(auth, **headers)))
    case("notMultipart", request(host, port, "POST", bundle, body=b"{}", headers=dict(auth, **{"Content-Type": "application/json"})))
    body, headers = multipart([], [("file", "a.pdf", b"%PDF-1.4\n")])
    case("noDraftPart", request(host, port, "POST", bundle, body=body, headers=dict(auth, **headers)))
    body, headers = multipart([("draft", b"{\"form\": \"%s\"}" % form.encode())],
                              [("file", "../../../../tmp/shenbao-escaped.pdf", b"%PDF-1.4\n"),
                               ("file", "/etc/shenbao-absolute.pdf", b"%PDF-1.4\n")])
    case("escapingNames", request(host, port, "POST", bundle, body=body, headers=dict(auth, **headers)))
    # A NUL, a Windows drive, and one name composed (NFC) and decomposed (NFD).
    body, headers = multipart([("draft", b"{\"form\": \"%s\"}" % form.encode())],
                              [("file", "a\0b.pdf", b"%PDF-1.4\n"), ("file", "C:\\Windows\\evil.pdf", b"%PDF-1.4\n"),
                               ("file", "caf\u00e9.pdf", b"%PDF-1.4\n"), ("file", "cafe\u0301.pdf", b"%PDF-1.4\n")])
    case("awkwardNames", request(host, port, "POST", bundle, body=body, headers=dict(auth, **headers)))
    case("escapingQueryName", request(host, port, "POST", attachment + urllib.parse.quote("../../../tmp/shenbao-escaped-2.pdf"),
                                      body=b"%PDF-1.4\n", headers=auth))
    case("zipBomb", request(host, port, "POST", attachment + "bomb.docx", body=zip_bomb(), headers=auth))
    # Names past what a file system takes: 119 Chinese characters (357 bytes), one character of
    # 2000 combining marks.
    for name, text in [("longChineseName", "中" * 119 + ".pdf"), ("longCharacter", "a" + "\u0301" * 2000 + ".pdf")]:
        case(name, request(host, port, "POST", attachment + urllib.parse.quote(text), body=b"%PDF-1.4\n", headers=auth))
    case("crossSiteFetch", request(host, port, "POST", validate, body=b"{}", headers=dict(auth, **{"Sec-Fetch-Site": "cross-site"})))
    body, headers = multipart([], [("document", "申报书.pdf", b"%PDF-1.4\n")])
    case("wordNotDocx", request(host, port, "POST", "/api/forms/%s/word" % form, body=body, headers=dict(auth, **headers)))
    draft = "/api/forms/%s/draft" % form
    case("otherForm", request(host, port, "POST", draft, body="form: some-other-call\n".encode(), headers=auth))
    gbk = request(host, port, "POST", draft, body=("form: %s\ncover:\n  projectName: 知识产权项目\n" % form).encode("gbk"),
                  headers=auth)
    case("gbkDraft", gbk)
    if token:
        case("noToken", request(host, port, "POST", validate, body=b"{}"))
        case("wrongToken", request(host, port, "GET", "/", headers={"X-Shenbao-Token": "x" * len(token)}))
        case("headerToken", request(host, port, "GET", "/", headers={"X-Shenbao-Token": token}))
        query = request(host, port, "GET", "/?token=" + token)
        case("queryToken", query)
        cookie = query["cookie"].split(";")[0]
        case("cookieToken", request(host, port, "GET", "/", headers={"Cookie": cookie}))
    print(json.dumps(cases, ensure_ascii=False))


if __name__ == "__main__":
    main()
