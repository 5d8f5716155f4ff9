#!/usr/bin/env python3
"""The portal in a real browser (docs/portal.md): Debian's chromium, headless, driven by Python
Playwright (from PyPI, in .build/portal-venv; never `playwright install`). One server on a tenant
file; for each section of the group-licensing article a shell on the same file sets the situation
up, and the page must show the notification, the users in error with the reason and the counts.
Every page is checked with Debian's `tidy` (no errors) and saved as a screenshot under
.build/portal-screenshots/ for review. Also: live refresh, Reprocess after adding seats, the
add-on error, keyboard use, escaping, and the security checks over plain HTTP.
Prints one line per check and finally "N passed, N failed".
    portal-e2e.py BIN WORKDIR"""
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

from playwright.sync_api import sync_playwright

BIN, WORK = sys.argv[1], sys.argv[2]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHOTS = os.path.join(ROOT, ".build", "portal-screenshots")
TENANT = os.path.join(WORK, "portal-tenant.sqlite")
E3, E3EMS, WA, PBI = ("9c3e5d20-2b4a-4c6d-8e7f-00000000000%d" % i for i in (1, 2, 3, 4))
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print("ok   " + name)
    else:
        failed += 1
        print("FAIL " + name + (": " + detail if detail else ""))
    sys.stdout.flush()


def shell(script):
    r = subprocess.run([BIN, "--tenant", TENANT, "-c", script], capture_output=True, text=True, timeout=120)
    if r.returncode != 0 or r.stderr.strip():
        print("  shell said: " + (r.stdout + r.stderr).strip()[:400])
    return r.stdout.strip()


def uid(upn):
    return shell("[string](Get-MsolUser -UserPrincipalName %s).ObjectId" % upn)


def tidy_ok(html):
    r = subprocess.run(["tidy", "-q", "-e", "--drop-empty-elements", "no"], input=html, capture_output=True, text=True)
    return r.returncode < 2, r.stderr.strip()[:600]


shutil.rmtree(SHOTS, ignore_errors=True)
os.makedirs(SHOTS, exist_ok=True)
server = subprocess.Popen([BIN, "serve", "--tenant", TENANT, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
banner = {}
deadline = time.time() + 30
while time.time() < deadline and "Portal" not in banner:
    line = server.stdout.readline()
    if not line:
        break
    m = re.match(r"\s+(Base URL|Token|Portal):\s+(\S+)", line)
    if m:
        banner[m.group(1)] = m.group(2)
check("the server prints the portal's sign-in address", "Portal" in banner, str(banner))
if "Portal" not in banner:
    server.kill()
    print("%d passed, %d failed" % (passed, failed + 1))
    sys.exit(1)
signin = banner["Portal"]
base = signin.split("/portal/")[0]
host = urllib.parse.urlparse(base).netloc
token = banner["Token"]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def http(method, path, headers=None, data=None):
    req = urllib.request.Request(base + path, method=method, headers=headers or {}, data=data)
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(req, timeout=10) as r:
            return r.status, r.read().decode(), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(), dict(e.headers)


shots = [0]
pages_checked = []


def visit(page, path, name):
    """Opens a page, checks its HTML with tidy, saves a screenshot; returns the page's text."""
    response = page.goto(base + path)
    if response is None:  # a live reload raced the navigation: once more
        response = page.goto(base + path)
    html = response.text() if response else page.content()
    ok, errors = tidy_ok(html)
    pages_checked.append((name, ok, errors))
    shots[0] += 1
    page.screenshot(path=os.path.join(SHOTS, "%02d-%s.png" % (shots[0], name)), full_page=True)
    return page.inner_text("main")


def wait_until(page, predicate, seconds=3.0):
    """Polls the page's text from Python (the portal's CSP forbids evaluating strings in the page)."""
    end = time.time() + seconds
    while time.time() < end:
        try:
            if predicate(page.inner_text("body")):
                return True
        except Exception:
            pass
        time.sleep(0.05)
    return False


def wait_for_text(page, text, seconds=5.0):
    end = time.time() + seconds
    while time.time() < end:
        try:
            if text in page.inner_text("main"):
                return True
        except Exception:
            pass
        time.sleep(0.1)
    return False


try:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium", headless=True,
                                     args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

        # sign-in
        page.goto(base + "/")
        check("before signing in the portal asks for the token", "Token" in page.inner_text("main"))
        page.fill("#token", token)
        page.click("button[type=submit]")
        page.wait_for_url(base + "/")
        cookies = {c["name"]: c for c in context.cookies()}
        c = cookies.get("licenselab_portal", {})
        check("signing in sets an HttpOnly, SameSite=Strict session cookie", c.get("httpOnly") and c.get("sameSite") == "Strict", str(c))
        text = visit(page, "/", "overview")
        check("Overview: product count and the groups-need-attention box", "Products\n9" in text.replace("\t", "\n") and "need your attention" in text, text[:300])

        # 1. Not enough licenses
        shell("Reset-LabTenant -Force")
        text = visit(page, "/portal/products", "all-products")
        row = page.inner_text("tr:has(td:text-is('POWER_BI_PRO'))")
        check("All products: Power BI Pro 5 total, 5 assigned, 0 available", re.search(r"\t5\t5\t0", row) is not None, row)
        text = visit(page, "/portal/groups/" + PBI, "01-not-enough-licenses-group")
        check("01 Not enough licenses: notification for 2 users in error", "2 users are in an error state" in text, text[:400])
        check("01 Not enough licenses: Priya and Quentin with the reason and code",
              "Priya Quinn" in text and "Quentin Ross" in text and "Not enough licenses (CountViolation)" in text)
        text = visit(page, "/portal/groups/errors", "groups-with-errors")
        check("Groups with errors lists Power BI Pro and E3 Users", "Power BI Pro" in text and "E3 Users" in text)
        page.click("a:text-is('Power BI Pro')")
        check("the groups-with-errors list links to the group's Licenses pane", "Top reason for failure" in page.inner_text("main"))

        # 2. Conflicting service plans
        text = visit(page, "/portal/groups/" + E3, "02-conflicting-service-plans-group")
        check("02 Conflicting service plans: Hugo in error with the reason and code",
              "Hugo Ibarra" in text and "Conflicting service plans (MutuallyExclusiveViolation)" in text)
        hugo = uid("hugoi@contoso.onmicrosoft.com")
        text = visit(page, "/portal/users/%s/why" % hugo, "02-why-hugo")
        diag = shell("Get-LabLicenseDiagnosis -UserPrincipalName hugoi@contoso.onmicrosoft.com")
        check("02 Why? shows the same text as Get-LabLicenseDiagnosis",
              all(line.strip() in text for line in diag.splitlines() if line.strip()), diag[:300])
        text = visit(page, "/portal/users/" + hugo, "02-user-hugo")
        check("02 User > Licenses: both assignment paths with their states",
              "Direct" in text and "Inherited (E3 Users)" in text and "Error" in text)

        # 3. Other products depend on this license
        tara = uid("tarau@contoso.onmicrosoft.com")
        text = visit(page, "/portal/users/" + tara, "03-dependency-user")
        check("03 Dependency: Tara's E3 stays, Active with error, DependencyViolation",
              "Active, with error" in text and "Other products depend on this license (DependencyViolation)" in text, text[:500])

        # 4. Usage location isn't allowed: fixed from the portal's profile form, then Reprocess
        vikram = uid("vikramx@contoso.onmicrosoft.com")
        text = visit(page, "/portal/users/" + vikram, "04-usage-location-user")
        check("04 Usage location: Vikram in error, location IR shown",
              "Usage location isn't allowed (ProhibitedInUsageLocationViolation)" in text and "IR" in text)
        page.fill("#loc", "US")
        page.click("button:text-is('Save usage location')")
        check("04 the usage location is saved from the profile form", wait_for_text(page, "The usage location is now US."))
        page.click("button:text-is('Reprocess')")
        check("04 after Reprocess Vikram's E3 is active", wait_for_text(page, "The user's group licenses were processed again.")
              and "ProhibitedInUsageLocationViolation" not in page.inner_text("main"))

        # 5. Several products in one group
        text = visit(page, "/portal/groups/" + E3EMS, "05-several-products-group")
        check("05 Several products: Farah fails both products, not enough licenses",
              re.search(r"Farah Ghani.*ENTERPRISEPACK, EMS.*Not enough licenses \(CountViolation\)", text.replace("\n", " ")) is not None, text[-500:])

        # 6. Add-on without its prerequisite, assigned from the group's Licenses pane
        gid = shell("[string](New-MsolGroup -DisplayName 'Analytics only').ObjectId")
        text = visit(page, "/portal/groups/" + gid, "06-add-on-group")
        option = page.locator("#addsku option", has_text="WORKPLACE_ANALYTICS").get_attribute("value")
        page.select_option("#addsku", option)
        page.click("button:text-is('Assign')")
        article = ("License operation failed. Make sure that the group has necessary services before adding or removing a dependent "
                   "service. The service Microsoft Workplace Analytics requires Exchange Online (Plan 2) to be enabled as well.")
        check("06 Add-on: the article's error notification", wait_for_text(page, article))
        page.screenshot(path=os.path.join(SHOTS, "06-add-on-error.png"), full_page=True)
        check("06 Add-on: nothing was assigned", "No products are assigned to this group." in page.inner_text("main"))

        # 7. Duplicate proxy addresses: nothing on the user, the failure is in the audit log
        shell("Reset-LabTenant -Force; Invoke-LabGroupReprocess -GroupObjectId %s" % E3)
        text = visit(page, "/portal/audit", "07-audit-log")
        check("07 Duplicate proxy addresses: Change user license failure for Wes in the audit log",
              re.search(r"Change user license\tFailure\t.*wesy@contoso.onmicrosoft.com\tLicense assignment failed: UniquenessViolation", text) is not None,
              "\n".join(l for l in text.splitlines() if "wesy" in l)[:400] or text[:400])
        check("Audit log: Finish applying with the service's result text",
              re.search(r"Finish applying group based license to users.*Users successfully assigned licenses: \d+, Users for whom license assignment failed: \d+\.", text) is not None)
        audits = shell("(Get-LabAuditLog -Activity 'Finish applying*').Count")
        check("Get-LabAuditLog in a shell reads the same log", audits.isdigit() and int(audits) > 0, audits)

        # 8. Reprocess after freeing: add seats in a shell, the open page follows, Reprocess applies
        visit(page, "/portal/groups/" + PBI, "08-before-reprocess")
        page.goto(base + "/portal/products")
        shell("Add-LabSubscription -SkuPartNumber POWER_BI_PRO -Units 2")
        t0 = time.time()
        live = wait_until(page, lambda text: re.search(r"POWER_BI_PRO\t7\t5\t2", text) is not None)
        check("Live: seats added in a shell show in the open All products page (7 total, 2 available) without a manual reload",
              live, "%.1f s" % (time.time() - t0))
        if live:
            print("     (seen after %.2f s)" % (time.time() - t0))
        page.goto(base + "/portal/users/" + vikram)
        page.focus("#loc")
        shell("Set-LabTenant -CountryLetterCode US")
        check("Live: while a form field has the focus the page says the tenant changed instead of reloading",
              wait_until(page, lambda text: "The tenant has changed" in text))
        page.goto(base + "/portal/groups/" + PBI)
        check("08 before Reprocess the users are still in error", "2 users are in an error state" in page.inner_text("main"))
        page.click("button:text-is('Reprocess')")
        check("08 after Reprocess: Latest license changes have been applied to all users",
              wait_for_text(page, "Latest license changes have been applied to all users"))
        page.screenshot(path=os.path.join(SHOTS, "08-after-reprocess.png"), full_page=True)

        # plans: switch a service off for a group and back
        visit(page, "/portal/groups/" + PBI, "group-plans")
        boxes = page.locator("input[name=plan]")
        check("Group > Licenses lists the product's services as checkboxes", boxes.count() >= 1)
        first = boxes.first.get_attribute("value")
        boxes.first.uncheck()
        page.click("button:text-matches('Save services of')")
        check("a service switched off is saved", wait_for_text(page, "were saved") and not page.locator("input[value='%s']" % first).is_checked())

        # keyboard: Tab reaches the skip link first; Enter on Reprocess works
        page.goto(base + "/portal/groups/" + PBI)
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.textContent")
        check("keyboard: the first Tab stop is Skip to content", focused.strip() == "Skip to content", focused)
        page.focus("button:text-is('Reprocess')")
        page.keyboard.press("Enter")
        check("keyboard: Enter on Reprocess submits it", wait_for_text(page, "processed again"))

        # product page with search and both tabs
        sku = shell("[string](Get-MsolAccountSku | Where-Object SkuPartNumber -eq ENTERPRISEPACK).SkuId")
        text = visit(page, "/portal/products/" + sku, "product-users")
        check("Product: licensed users with assignment paths", "Inherited (E3 Users)" in text and "Licensed users:" in text)
        page.fill("#q", "hugo")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r".*q=hugo.*"))
        text = page.inner_text("main")
        check("Product: search finds Hugo only", "Hugo Ibarra" in text and "Avery Brooks" not in text)
        text = visit(page, "/portal/products/%s?tab=groups" % sku, "product-groups")
        check("Product: Licensed groups tab", "E3 Users" in text and "E3 + EMS" in text)

        # escaping: a display name that is a script, and one with control characters
        shell("New-MsolUser -UserPrincipalName xss@contoso.onmicrosoft.com -DisplayName '<script>alert(1)</script>' | Out-Null; "
              "New-MsolUser -UserPrincipalName ctl@contoso.onmicrosoft.com -DisplayName \"Bell`a`tTab\" | Out-Null")
        text = visit(page, "/portal/users/" + uid("xss@contoso.onmicrosoft.com"), "escaping")
        check("escaping: <script> display name shown as text, no script ran", "<script>alert(1)</script>" in text and not dialogs, str(dialogs))
        text = visit(page, "/portal/users/" + uid("ctl@contoso.onmicrosoft.com"), "control-characters")
        check("escaping: control characters shown as symbols", "\u2407" in text, text[:200])
        visit(page, "/portal/users/00000000-0000-0000-0000-000000000000", "not-found")
        check("an unknown id gives the 404 page", "Not found" in page.inner_text("h1"))

        for name, ok, errors in pages_checked:
            check("tidy: no HTML errors on %s" % name, ok, errors)

        # cross-site: a page on another origin posting to the portal
        other = context.new_page()
        other.set_content("<form id=f method=post action='%s/portal/groups/%s/reprocess'><input name=csrf value=x></form>" % (base, PBI))
        with other.expect_navigation():
            other.evaluate("document.getElementById('f').submit()")
        check("a form on another site cannot change the tenant (403)", "Refused" in other.content())
        browser.close()

    # plain HTTP: DNS rebinding, a bearer token, a post without the cookie
    status, body, _ = http("GET", "/", headers={"Host": "attacker.example:%s" % host.split(":")[-1], "Authorization": "Bearer " + token})
    check("DNS rebinding: a Host that is a foreign name gets 403", status == 403, str(status))
    status, body, _ = http("GET", "/portal/groups/errors", headers={"Authorization": "Bearer " + token})
    check("tools: the Bearer header reads a page", status == 200 and "Groups with errors" in body)
    status, body, _ = http("POST", "/portal/groups/%s/reprocess" % PBI, headers={"Origin": base, "Content-Type": "application/x-www-form-urlencoded"}, data=b"csrf=x")
    check("a POST without a session is refused (401)", status == 401, str(status))
    status, body, _ = http("GET", "/v1.0/auditLogs/directoryAudits?$top=5", headers={"Authorization": "Bearer " + token})
    check("Graph: /v1.0/auditLogs/directoryAudits serves the audit log", status == 200 and "activityDisplayName" in body, body[:200])
finally:
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()

print("screenshots: " + SHOTS)
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
