#!/usr/bin/env python3
"""`Scripts/bench serve`: licenselab serve under load (docs/graph-server.md, docs/performance.md).

Makes a tenant file of USERS users (New-LabTenant -Users USERS -Groups 50 -Seed 7, default 100,000)
and seats for everyone, starts `licenselab serve` on it, and measures with wrk on loopback:
  1. GET /users/{upn}?$select=assignedLicenses   requests/s, p50, p99
  2. POST /users/{upn}/assignLicense (a real change each: a new user every request, committed)
Then the portal's pages (docs/portal.md), each fetched 20 times over loopback: the median time
(server-side rendering plus a loopback round trip) per page [target < 50 ms]. Then 10,000
assignments by Microsoft's Python SDK (msgraph-sdk, 8 requests in flight) against
Graph's documented write budget (3,000 writes per 150 s: 500 s for 10,000), and the same number
of Set-MgUserLicense calls in a shell on the same file. Prints figures; never fails on time.

    serve.py BIN [--users N] [--duration SECONDS] [--sdk-assignments N] [--portal-only]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def start_server(binary, tenant, log):
    server = subprocess.Popen([binary, "serve", "--port", "0", "--tenant", tenant, "--token-minutes", "600"],
                              stdout=open(log, "w"), stderr=subprocess.STDOUT)
    base = token = None
    for _ in range(1200):
        text = open(log).read()
        m1, m2 = re.search(r"^  Base URL:  (\S+)", text, re.M), re.search(r"^  Token:     (\S+)", text, re.M)
        if m1 and m2:
            base, token = m1.group(1), m2.group(1)
            break
        if server.poll() is not None:
            break
        time.sleep(0.05)
    if not base:
        sys.exit("bench serve: the server did not start:\n" + open(log).read())
    return server, base, token


def get(url, token):
    req = urllib.request.Request(url, headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(req) as r:
        return json.load(r)


def to_ms(text):
    value, unit = float(re.match(r"[\d.]+", text).group(0)), re.search(r"[a-z]+$", text).group(0)
    return value * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk(args):
    out = subprocess.run(["wrk", "--latency"] + args, capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = to_ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = to_ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    return rps, p50, p99, int(bad.group(1)) if bad else 0, errors.group(1) if errors else ""


def portal_figures(host, token):
    """The portal's pages on this tenant: median of 20 fetches each (the first one is not counted)."""
    def fetch(path):
        req = urllib.request.Request(host + path, headers={"Authorization": "Bearer " + token})
        t = time.perf_counter()
        with urllib.request.urlopen(req) as r:
            body = r.read()
        return (time.perf_counter() - t) * 1000, body.decode()

    def median(path):
        fetch(path)
        times = sorted(fetch(path)[0] for _ in range(20))
        return times[len(times) // 2]

    skus = get(host + "/v1.0/subscribedSkus", token)["value"]
    e3 = next(s["skuId"] for s in skus if s["skuPartNumber"] == "ENTERPRISEPACK")
    _, errors_page = fetch("/portal/groups/errors")
    groups = re.findall(r'href="(/portal/groups/[0-9a-f-]{36})">[^<]*</a></th><td>(\d+)</td>', errors_page)
    biggest = max(groups, key=lambda g: int(g[1])) if groups else None
    pages = [("Licenses > Overview", "/"), ("All products", "/portal/products"),
             ("Product (E3), first page of licensed users", "/portal/products/" + e3),
             ("Product (E3), search 'chen'", "/portal/products/%s?q=chen" % e3),
             ("Product (E3), page 500", "/portal/products/%s?page=500" % e3),
             ("Groups with errors", "/portal/groups/errors")]
    if biggest:
        pages.append(("Group > Licenses (%s users in error), first page" % biggest[1], biggest[0]))
    _, users = fetch("/portal/products/" + e3)
    first_user = re.search(r'href="(/portal/users/[0-9a-f-]{36})"', users)
    if first_user:
        pages += [("User > Licenses", first_user.group(1)), ("Why?", first_user.group(1) + "/why")]
    pages.append(("Audit log", "/portal/audit"))
    for name, path in pages:
        print(f"portal {name}: {median(path):.1f} ms  [target < 50 ms]")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--users", type=int, default=100_000)
    ap.add_argument("--duration", type=int, default=10)
    ap.add_argument("--sdk-assignments", type=int, default=10_000)
    ap.add_argument("--portal-only", action="store_true", help="measure the portal's pages only")
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="licenselab-bench-serve-")
    tenant = os.path.join(work, "tenant.sqlite")
    t0 = time.time()
    subprocess.run([a.binary, "--tenant", tenant, "-c",
                    f"New-LabTenant -Users {a.users} -Groups 50 -Seed 7 -Force | Out-Null; "
                    f"Add-LabSubscription -SkuPartNumber STANDARDPACK -Units {a.users * 2} | Out-Null"], check=True)
    print(f"tenant: {a.users:,} users, made in {time.time() - t0:.1f} s")
    server, base, token = start_server(a.binary, tenant, os.path.join(work, "server.log"))
    try:
        portal_figures(base.rsplit("/v1.0", 1)[0], token)
        if a.portal_only:
            return
        skus = get(base + "/subscribedSkus", token)["value"]
        e1 = next(s["skuId"] for s in skus if s["skuPartNumber"] == "STANDARDPACK")
        # users an E1 assignment cannot conflict with: a usage location and no license yet
        upns, url = [], base + "/users?$select=userPrincipalName,usageLocation,assignedLicenses&$top=999"
        while url:
            page = get(url, token)
            upns += [u["userPrincipalName"] for u in page["value"] if u.get("usageLocation") and not u.get("assignedLicenses")]
            url = page.get("@odata.nextLink")
        print(f"users with a usage location and no license (each assignment is a new one): {len(upns):,}")
        host = base.rsplit("/v1.0", 1)[0]
        auth = "Authorization: Bearer " + token

        rps, p50, p99, bad, errors = wrk(["-t2", "-c32", f"-d{a.duration}s", "-H", auth,
                                          f"{base}/users/{upns[len(upns) // 2]}?$select=assignedLicenses"])
        print(f"GET /users/{{upn}}?$select=assignedLicenses: {rps:,.0f} requests/s, p50 {p50:.2f} ms, p99 {p99:.2f} ms"
              f" (non-2xx {bad}{', socket errors ' + errors if errors else ''})  [target >= 20,000/s, p99 < 10 ms]")

        # POST: one new user per request, so every request is a committed change
        post_users = upns[: len(upns) // 2]
        listing = os.path.join(work, "post-upns.txt")
        open(listing, "w").write("\n".join(post_users) + "\n")
        lua = os.path.join(work, "post.lua")
        open(lua, "w").write(f"""
local upns = {{}}
for line in io.lines("{listing}") do upns[#upns + 1] = line end
local n = 0
local body = '{{"addLicenses":[{{"skuId":"{e1}","disabledPlans":[]}}],"removeLicenses":[]}}'
local headers = {{["Authorization"] = "Bearer {token}", ["Content-Type"] = "application/json"}}
request = function()
  n = n + 1
  return wrk.format("POST", "/v1.0/users/" .. upns[(n % #upns) + 1] .. "/assignLicense", headers, body)
end
""")
        rps, p50, p99, bad, errors = wrk(["-t1", "-c16", f"-d{a.duration}s", "-s", lua, host])
        print(f"POST /users/{{upn}}/assignLicense (committed): {rps:,.0f} requests/s, p50 {p50:.2f} ms, p99 {p99:.2f} ms"
              f" (non-2xx {bad}{', socket errors ' + errors if errors else ''})  [target >= 3,000/s, p99 < 10 ms]")
        print(f"  at that rate 10,000 assignments take {10_000 / rps:.1f} s; Graph's write budget (3,000 per 150 s) allows them"
              f" in no less than 500 s: {500 * rps / 10_000:.0f}x faster")

        rest = upns[len(upns) // 2:]
        n = min(a.sdk_assignments, len(rest) // 2)
        sdk_users, shell_users = rest[:n], rest[n:2 * n]
        venv = os.path.join(ROOT, ".build", "graph-sdk-venv", "bin", "python")
        if not os.path.exists(venv) or subprocess.run([venv, "-c", "import msgraph"], capture_output=True).returncode != 0:
            subprocess.run([sys.executable, "-m", "venv", os.path.dirname(os.path.dirname(venv))], check=True)
            subprocess.run([venv, "-m", "pip", "install", "-q", "--disable-pip-version-check", "msgraph-sdk==1.65.0"], check=True)
        sdk_list = os.path.join(work, "sdk-upns.txt")
        open(sdk_list, "w").write("\n".join(sdk_users) + "\n")
        out = subprocess.run([venv, os.path.join(ROOT, "Scripts", "bench.d", "serve_sdk.py"), base, token, e1, sdk_list],
                             capture_output=True, text=True)
        lines = out.stdout.strip().splitlines()
        sdk_seconds = float(lines[-1].split()[0]) if out.returncode == 0 and lines else float("nan")
        if out.returncode != 0 or not lines:
            print(out.stdout[-2000:] + out.stderr[-2000:])
        elif len(lines[-1].split()) > 1:
            print(f"  ({lines[-1].split(None, 1)[1]})")
        budget = n / 3000 * 150
        print(f"msgraph-sdk, {n:,} assignLicense calls: {sdk_seconds:.1f} s; Graph's write budget allows them in no less than"
              f" {budget:.0f} s: {budget / sdk_seconds:.0f}x faster  [target >= 20x]")
    finally:
        server.terminate()
        server.wait(timeout=60)
    shell_list = os.path.join(work, "shell-upns.txt")
    open(shell_list, "w").write("\n".join(shell_users) + "\n")
    script = (f"Connect-MgGraph -NoWelcome; $upns = Get-Content '{shell_list}'; "
              f"$sw = [Diagnostics.Stopwatch]::StartNew(); "
              f"foreach ($u in $upns) {{ Set-MgUserLicense -UserId $u -AddLicenses @{{SkuId='{e1}'}} -RemoveLicenses @() | Out-Null }}; "
              f"$sw.Elapsed.TotalSeconds")
    out = subprocess.run([a.binary, "--tenant", tenant, "-c", script], capture_output=True, text=True)
    try:
        seconds = float(out.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        print("Set-MgUserLicense run failed:\n" + out.stdout[-2000:] + out.stderr[-2000:])
        return
    print(f"Set-MgUserLicense in a shell on the file, {len(shell_users):,} calls: {seconds:.1f} s ({len(shell_users) / seconds:,.0f}/s)")
    subprocess.run(["rm", "-rf", work])


if __name__ == "__main__":
    main()
