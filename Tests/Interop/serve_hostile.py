#!/usr/bin/env python3
"""Hostile requests against `shenbao serve`, each followed by an ordinary one.

Usage: serve_hostile.py HOST PORT FORM-ID [TOKEN]

Sends, over raw sockets and http.client: an oversized draft, a draft that is not JSON or YAML,
one that is a list, a request for a form that does not exist, a path leading out of the assets,
a forged Host header, a POST from another site, a malformed request line and headers, a request
cut off half-way; with TOKEN (the server bound off loopback): none, a wrong one, the header,
the query (which sets a cookie) and the cookie. After each, the home page must still answer.
Prints one JSON object: for each case the status, the body's first line and whether the
server still answered.
"""
import http.client
import json
import socket
import sys


def request(host, port, method, path, body=None, headers=None):
    connection = http.client.HTTPConnection(host, port, timeout=10)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
        return {"status": response.status, "line": data.decode("utf-8", "replace").split("\n")[0],
                "cookie": response.getheader("Set-Cookie") or "", "csp": response.getheader("Content-Security-Policy") or ""}
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


def main():
    host, port, form = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    token = sys.argv[4] if len(sys.argv) > 4 else None
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
    case("badRequestLine", raw(host, port, b"GARBAGE\r\n\r\n"))
    case("badHeader", raw(host, port, b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n"))
    case("cutOff", raw(host, port, b"POST " + validate.encode() + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   b"Content-Length: 1000\r\n\r\n{\"a\":"))
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
