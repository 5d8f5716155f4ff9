#!/usr/bin/env python3
"""`Scripts/bench serve`: licenselab serve under load (docs/graph-server.md, docs/performance.md).

Makes a tenant file of USERS users (default 100,000): USERS - FRESH from New-LabTenant -Groups 50
-Seed 7 and FRESH (default 40,000) in no group for the writes, with seats for everyone; starts
`licenselab serve` on it and measures with wrk on loopback:
  1. GET /users/{upn}?$select=assignedLicenses   requests/s, p50, p99
  2. POST /users/{upn}/assignLicense (a real change each: a new user every request, committed)
Then the portal's pages (docs/portal.md), each fetched 20 times over loopback: the median time
(server-side rendering plus a loopback round trip) per page [target < 50 ms]. Then 10,000
assignments by Microsoft's Python SDK (msgraph-sdk, JSON batches of 20, 8 batches in flight)
against Graph's documented write budget (3,000 writes per 150 s: 500 s for 10,000), 1,000 more
sent one request each (the SDK's own cost per call), and Set-MgUserLicense in a shell on the same
file giving the same 10,000 users EMS. Prints figures; never fails on time.

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
    ap.add_argument("--fresh", type=int, default=40_000, help="users made for the write measures")
    ap.add_argument("--portal-only", action="store_true", help="measure the portal's pages only")
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="licenselab-bench-serve-")
    tenant = os.path.join(work, "tenant.sqlite")
    t0 = time.time()
    subprocess.run([a.binary, "--tenant", tenant, "-c",
                    f"New-LabTenant -Users {a.users - a.fresh} -Groups 50 -Seed 7 -Force | Out-Null; "
                    f"Add-LabSubscription -SkuPartNumber STANDARDPACK -Units {a.users * 2} | Out-Null; "
                    f"Add-LabSubscription -SkuPartNumber EMS -Units {a.users * 2} | Out-Null; "
                    # users of the bench's own, in no group: every assignment is a new one, free of conflicts
                    f"foreach ($i in 1..{a.fresh}) {{ New-MsolUser -UserPrincipalName \"bench$i@contoso.onmicrosoft.com\" "
                    f"-DisplayName \"Bench $i\" -UsageLocation US | Out-Null }}"], check=True)
    print(f"tenant: {a.users:,} users ({a.fresh:,} of them for the writes), made in {time.time() - t0:.1f} s")
    server, base, token = start_server(a.binary, tenant, os.path.join(work, "server.log"))
    try:
        portal_figures(base.rsplit("/v1.0", 1)[0], token)
        if a.portal_only:
            return
        skus = get(base + "/subscribedSkus", token)["value"]
        e1 = next(s["skuId"] for s in skus if s["skuPartNumber"] == "STANDARDPACK")
        ems = next(s["skuId"] for s in skus if s["skuPartNumber"] == "EMS")
        # the bench's own users: a usage location, no license, no group
        upns, url = [], base + "/users?$select=userPrincipalName&$filter=startswith(userPrincipalName,'bench')&$top=999"
        while url:
            page = get(url, token)
            upns += [u["userPrincipalName"] for u in page["value"]]
            url = page.get("@odata.nextLink")
        print(f"users made for the writes (a usage location, no license, no group): {len(upns):,}")
        host = base.rsplit("/v1.0", 1)[0]
        auth = "Authorization: Bearer " + token

        # the reference, in the same run: a request refused at once (no token), what the HTTP
        # stack, the lock and the envelope cost without the tenant
        floor, _, _, _, _ = wrk(["-t2", "-c32", f"-d{a.duration}s", f"{base}/users/{upns[len(upns) // 2]}?$select=assignedLicenses"])
        rps, p50, p99, bad, errors = wrk(["-t2", "-c32", f"-d{a.duration}s", "-H", auth,
                                          f"{base}/users/{upns[len(upns) // 2]}?$select=assignedLicenses"])
        print(f"reference: the same GET without a token (401 at once): {floor:,.0f} requests/s")
        print(f"GET /users/{{upn}}?$select=assignedLicenses: {rps:,.0f} requests/s ({rps / floor:.0%} of the reference),"
              f" p50 {p50:.2f} ms, p99 {p99:.2f} ms"
              f" (non-2xx {bad}{', socket errors ' + errors if errors else ''})  [target >= 20,000/s, p99 < 10 ms]")

        # the SDK's 10,000 (and 1,000 more one by one) first; the shell gives the same 10,000 EMS
        n = min(a.sdk_assignments, len(upns) // 3)
        single = min(1000, n)
        sdk_users, single_users, shell_users = upns[:n], upns[n:n + single], upns[:n]
        # POST: a new user per request while they last (then the same assignment again), committed
        post_users = upns[n + single:]
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
        print(f"POST /users/{{upn}}/assignLicense (committed; {len(post_users):,} users): {rps:,.0f} requests/s, p50 {p50:.2f} ms, p99 {p99:.2f} ms"
              f" (non-2xx {bad}{', socket errors ' + errors if errors else ''})  [target >= 3,000/s, p99 < 10 ms]")
        print(f"  at that rate 10,000 assignments take {10_000 / rps:.1f} s; Graph's write budget (3,000 per 150 s) allows them"
              f" in no less than 500 s: {500 * rps / 10_000:.0f}x faster")

        venv = os.path.join(ROOT, ".build", "graph-sdk-venv", "bin", "python")
        if not os.path.exists(venv) or subprocess.run([venv, "-c", "import msgraph, deprecated"], capture_output=True).returncode != 0:
            subprocess.run([sys.executable, "-m", "venv", os.path.dirname(os.path.dirname(venv))], check=True)
            subprocess.run([venv, "-m", "pip", "install", "-q", "--disable-pip-version-check", "msgraph-sdk==1.65.0", "Deprecated==1.3.1"],
                           check=True)

        def sdk(users, batch):
            listing = os.path.join(work, "sdk-upns.txt")
            open(listing, "w").write("\n".join(users) + "\n")
            out = subprocess.run([venv, os.path.join(ROOT, "Scripts", "bench.d", "serve_sdk.py"), base, token, e1, listing]
                                 + ([str(batch)] if batch else []), capture_output=True, text=True)
            lines = out.stdout.strip().splitlines()
            if out.returncode != 0 or not lines:
                print(out.stdout[-2000:] + out.stderr[-2000:])
                return float("nan")
            if len(lines[-1].split()) > 1:
                print(f"  ({lines[-1].split(None, 1)[1]})")
            return float(lines[-1].split()[0])

        budget = n / 3000 * 150
        seconds = sdk(sdk_users, 20)
        print(f"msgraph-sdk, {n:,} assignLicense calls in JSON batches of 20 (8 batches in flight): {seconds:.1f} s; Graph's write"
              f" budget allows them in no less than {budget:.0f} s: {budget / seconds:.0f}x faster  [target >= 20x]")
        seconds = sdk(single_users, 0)
        print(f"msgraph-sdk, {single:,} assignLicense calls one request each (8 in flight): {seconds:.1f} s, {single / seconds:,.0f}/s;"
              f" {n:,} at that rate: {n / single * seconds:.0f} s, {budget / (n / single * seconds):.1f}x faster than the budget")
    finally:
        server.terminate()
        server.wait(timeout=60)
    shell_list = os.path.join(work, "shell-upns.txt")
    open(shell_list, "w").write("\n".join(shell_users) + "\n")
    script = (f"Connect-MgGraph -NoWelcome; $upns = Get-Content '{shell_list}'; "
              f"$sw = [Diagnostics.Stopwatch]::StartNew(); "
              f"foreach ($u in $upns) {{ Set-MgUserLicense -UserId $u -AddLicenses @{{SkuId='{ems}'}} -RemoveLicenses @() | Out-Null }}; "
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
