"""`licenselab serve` under abuse (run by Scripts/serve-e2e): a client that disconnects mid-request,
10,000 connections at once, and SIGKILL in the middle of a burst of license writes. Each must end
in Graph's error or a closed connection; the server must keep serving; after the kill the tenant
file must pass `PRAGMA integrity_check` and every product's consumed seats must equal the users
holding it. Prints one line per check and "N passed, N failed".

    python3 serve-reliability.py BIN WORKDIR
"""
import http.client
import json
import os
import re
import resource
import selectors
import signal
import socket
import subprocess
import sys
import threading
import time

BIN, WORK = sys.argv[1], sys.argv[2]
results = [0, 0]


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + (f" ({detail})" if detail else ""), flush=True)
    results[0 if ok else 1] += 1


def start(*args):
    log = os.path.join(WORK, f"reliability-{len(os.listdir(WORK))}.out")
    server = subprocess.Popen([BIN, "serve", "--port", "0", *args], stdout=open(log, "w"), stderr=subprocess.STDOUT)
    for _ in range(600):
        text = open(log).read()
        m1, m2 = re.search(r"^  Base URL:  http://([\d.]+):(\d+)/v1.0", text, re.M), re.search(r"^  Token:     (\S+)", text, re.M)
        if m1 and m2:
            return server, m1.group(1), int(m1.group(2)), m2.group(1)
        time.sleep(0.05)
    raise SystemExit("the server did not start: " + open(log).read())


def get(host, port, token, path="/v1.0/organization", timeout=30):
    c = http.client.HTTPConnection(host, port, timeout=timeout)
    c.request("GET", path, headers={"Authorization": "Bearer " + token})
    r = c.getresponse()
    body = r.read()
    c.close()
    return r.status, body


def shell(tenant, command):
    done = subprocess.run([BIN, "--tenant", tenant, "-c", "Connect-MgGraph -NoWelcome; " + command], capture_output=True, text=True, timeout=300)
    return done.stdout.strip()


# 1. clients that go away in the middle of a request
server, host, port, token = start("--demo")
try:
    for partial in [b"GET /v1.0/users HTTP/1.1\r\nHost: x\r\nAuthor",
                    b"POST /v1.0/users/liamm@contoso.onmicrosoft.com/assignLicense HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                    + token.encode() + b"\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"addLicenses\":[{"]:
        s = socket.create_connection((host, port))
        s.sendall(partial)
        s.close()
    s = socket.create_connection((host, port))
    s.sendall(b"GARBAGE\r\n\r\n")
    garbage = s.recv(4096)
    s.close()
    status, _ = get(host, port, token)
    check("clients that disconnect mid-request or send garbage leave the server serving", status == 200,
          f"garbage got {garbage[:12]!r}")

    # 2. 10,000 connections at once, each sending a request
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 20_000), hard))
    wanted = min(10_000, min(hard, 20_000) - 200)
    request = f"GET /v1.0/organization?$select=id HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n\r\n".encode()
    sel = selectors.DefaultSelector()
    opened = refused = answered = closed = 0
    for _ in range(wanted):
        s = socket.socket()
        s.setblocking(False)
        try:
            s.connect_ex((host, port))
        except OSError:
            refused += 1
            s.close()
            continue
        opened += 1
        sel.register(s, selectors.EVENT_WRITE, {"sent": False, "data": b""})
    deadline = time.time() + 60
    pending = opened
    while pending and time.time() < deadline:
        for key, mask in sel.select(timeout=1):
            s, state = key.fileobj, key.data
            try:
                if mask & selectors.EVENT_WRITE and not state["sent"]:
                    s.sendall(request)
                    state["sent"] = True
                    sel.modify(s, selectors.EVENT_READ, state)
                    continue
                chunk = s.recv(65536)
                if not chunk:
                    closed += 1
                else:
                    state["data"] += chunk
                    if b"\r\n\r\n" not in state["data"]:
                        continue
                    answered += state["data"].startswith(b"HTTP/1.1 200")
            except OSError:
                closed += 1
            sel.unregister(s)
            s.close()
            pending -= 1
    for key in list(sel.get_map().values()):
        key.fileobj.close()
    status, _ = get(host, port, token)
    check(f"{wanted:,} connections at once: each answered or closed, and the server keeps serving",
          status == 200 and server.poll() is None and answered + closed + pending + refused == wanted and answered > 0,
          f"{answered:,} answered 200, {closed:,} closed, {refused + pending:,} not accepted within 60 s")
finally:
    server.terminate()
    server.wait(timeout=30)

# 3. SIGKILL during a burst of writes
tenant = os.path.join(WORK, "kill-tenant.sqlite")
server, host, port, token = start("--tenant", tenant)
e1 = shell(tenant, "(Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq STANDARDPACK).SkuId")
stop = threading.Event()
writes = [0]


def burst():
    c = http.client.HTTPConnection(host, port, timeout=10)
    upns = ["liamm", "averyb", "blakec", "caseyd"]
    i = 0
    while not stop.is_set():
        upn = upns[i % len(upns)] + "@contoso.onmicrosoft.com"
        add = (i // len(upns)) % 2 == 0
        body = {"addLicenses": [{"skuId": e1}] if add else [], "removeLicenses": [] if add else [e1]}
        try:
            c.request("POST", f"/v1.0/users/{upn}/assignLicense", body=json.dumps(body),
                      headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
            c.getresponse().read()
            writes[0] += 1
        except (OSError, http.client.HTTPException):
            return
        i += 1


worker = threading.Thread(target=burst)
worker.start()
time.sleep(1.5)
server.send_signal(signal.SIGKILL)
server.wait()
stop.set()
worker.join()
integrity = subprocess.run(["sqlite3", tenant, "PRAGMA integrity_check"], capture_output=True, text=True).stdout.strip()
check(f"SIGKILL after {writes[0]:,} committed writes: the tenant file passes PRAGMA integrity_check", integrity == "ok", integrity[:80])
seats = shell(tenant, """
$users = Get-MgUser -All -Property Id,AssignedLicenses
@(foreach ($s in Get-MgSubscribedSku -All) {
    $n = @($users | Where-Object { $_.AssignedLicenses.SkuId -contains $s.SkuId }).Count
    if ($n -ne $s.ConsumedUnits) { "$($s.SkuPartNumber): $n holders, $($s.ConsumedUnits) consumed" }
}).Count""")
check("after the kill, every product's consumed seats equal the users holding it", seats == "0", seats)
server, host, port, token = start("--tenant", tenant)
status, _ = get(host, port, token)
check("a new server starts on the file and serves", status == 200)
server.terminate()
server.wait(timeout=30)

print(f"{results[0]} passed, {results[1]} failed")
sys.exit(1 if results[1] else 0)
