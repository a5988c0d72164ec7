#!/usr/bin/env python3
"""Posts files to `shenbao serve` as the department's page does (multipart, each a `bundle` part)
and keeps the answer.

Usage: serve_post.py HOST PORT PATH OUT [--name NAME] FILE...

Each FILE is sent under its own name, or all under NAME with --name (as bundles gathered from
many folders are). Writes the answer's body to OUT and prints one JSON object: the status, the
body's first line and its size.
"""
import http.client
import json
import os
import sys


def main():
    host, port, path, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    files = sys.argv[5:]
    name = None
    if files[:1] == ["--name"]:
        name, files = files[1], files[2:]
    boundary = b"shenbaoBoundary9"
    body = b""
    for file in files:
        with open(file, "rb") as handle:
            data = handle.read()
        filename = (name or os.path.basename(file)).encode()
        body += (b"--" + boundary + b"\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"" + filename
                 + b"\"\r\nContent-Type: application/zip\r\n\r\n" + data + b"\r\n")
    body += b"--" + boundary + b"--\r\n"
    connection = http.client.HTTPConnection(host, port, timeout=300)
    connection.request("POST", path, body=body, headers={
        "Content-Type": "multipart/form-data; boundary=" + boundary.decode(),
        "Origin": "http://%s:%d" % (host, port)})
    response = connection.getresponse()
    answer = response.read()
    with open(out, "wb") as handle:
        handle.write(answer)
    print(json.dumps({"status": response.status, "line": answer.decode("utf-8", "replace").split("\n")[0],
                      "size": len(answer)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
