#!/usr/bin/env python3
"""A tiny server for trying the hello-capability plugin locally.

    HELLO_TOKEN=secret python3 scripts/hello-server.py [--port 8765] [--bind 127.0.0.1]

Every request needs `Authorization: Bearer <HELLO_TOKEN>`, otherwise it gets 401.

    GET /api/hello[?greeting=Hi&team=x]   {"message": "<greeting> from hello-server", "services": N}
    GET /api/hello/entities/<ref>         {"ref": "<ref>", "message": "...", "owner": "...", "checks": [...]}

Point a connection's base URL at http://127.0.0.1:8765/ and store the same token for it.
"""

import argparse
import hmac
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

SERVICES = ["checkout", "payments", "search", "catalog-api", "notifications"]


class HelloHandler(BaseHTTPRequestHandler):
    server_version = "hello-server/1.0"
    token = ""

    def _send(self, status, payload):
        body = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        if status == 401:
            self.send_header("WWW-Authenticate", 'Bearer realm="hello"')
        self.end_headers()
        self.wfile.write(body)

    def _authorized(self):
        header = self.headers.get("Authorization", "")
        expected = "Bearer " + self.token
        return bool(self.token) and hmac.compare_digest(header.encode(), expected.encode())

    def do_GET(self):  # noqa: N802 (http.server naming)
        if not self._authorized():
            self._send(401, {"error": "missing or wrong bearer token"})
            return
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        path = url.path.rstrip("/")
        if path == "/api/hello":
            greeting = query.get("greeting", ["Hello"])[0]
            team = query.get("team", [""])[0]
            message = f"{greeting} from hello-server" + (f", team {team}" if team else "")
            self._send(200, {"message": message, "services": len(SERVICES)})
        elif path.startswith("/api/hello/entities/"):
            ref = unquote(path[len("/api/hello/entities/"):])
            name = ref.split("/")[-1]
            self._send(200, {
                "ref": ref,
                "message": f"Hello, {name}!",
                "owner": "group:default/hello-team",
                "checks": [{"name": "greets", "ok": True}],
            })
        else:
            self._send(404, {"error": f"no such endpoint: {url.path}"})

    def log_message(self, fmt, *args):  # never log the Authorization header; one line per request
        sys.stderr.write("hello-server: %s %s\n" % (self.address_string(), fmt % args))


def main():
    parser = argparse.ArgumentParser(description="Test server for the hello-capability plugin")
    parser.add_argument("--port", type=int, default=int(os.environ.get("HELLO_PORT", "8765")))
    parser.add_argument("--bind", default="127.0.0.1")
    args = parser.parse_args()
    token = os.environ.get("HELLO_TOKEN", "")
    if not token:
        sys.exit("hello-server: set HELLO_TOKEN to the token clients must send")
    HelloHandler.token = token
    server = ThreadingHTTPServer((args.bind, args.port), HelloHandler)
    print(f"hello-server: listening on http://{args.bind}:{server.server_port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
