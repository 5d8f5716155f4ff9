"""Microsoft's Python Graph SDK (msgraph-sdk, from PyPI) against `licenselab serve`.

Run by Scripts/serve-e2e in a virtual environment under .build/: starts the server on a tenant
file, then drives it as a licensing job would: pages through users, assigns a license, meets the
400 when seats run out, sends a JSON batch with the SDK's batch builder, assigns a group license (202), reads a member's licenseAssignmentStates
(state Error, CountViolation, the group in assignedByGroup), adds seats from a shell on the same
file and reprocesses. Prints one line per check and "N passed, N failed".

    python serve-sdk-test.py BIN WORKDIR
"""
import asyncio
import os
import subprocess
import sys
import time

from kiota_abstractions.authentication import AccessTokenProvider, AllowedHostsValidator, BaseBearerTokenAuthenticationProvider
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph import GraphRequestAdapter, GraphServiceClient
from msgraph.generated.groups.item.assign_license.assign_license_post_request_body import \
    AssignLicensePostRequestBody as GroupAssignBody
from msgraph.generated.models.assigned_license import AssignedLicense
from msgraph.generated.models.o_data_errors.o_data_error import ODataError
from msgraph.generated.users.item.assign_license.assign_license_post_request_body import AssignLicensePostRequestBody
from msgraph.generated.users.item.user_item_request_builder import UserItemRequestBuilder
from msgraph.generated.users.users_request_builder import UsersRequestBuilder
from msgraph_core.requests.batch_request_builder import BatchRequestBuilder
from msgraph_core.requests.batch_request_content import BatchRequestContent
from msgraph_core.requests.batch_request_item import BatchRequestItem

BIN, WORK = sys.argv[1], sys.argv[2]
TENANT = os.path.join(WORK, "sdk-tenant.sqlite")
results = [0, 0]


def check(name, ok):
    print(("ok   " if ok else "FAIL ") + name, flush=True)
    results[0 if ok else 1] += 1


def shell(command):
    """Runs a command in a LicenseLab shell on the same tenant file; its output, stripped."""
    done = subprocess.run([BIN, "--tenant", TENANT, "-c", "Connect-MgGraph -NoWelcome; " + command], capture_output=True, text=True, timeout=120)
    return done.stdout.strip()


class LabToken(AccessTokenProvider):
    def __init__(self, token, host):
        self.token, self.host = token, host

    async def get_authorization_token(self, uri, additional_authentication_context=None):
        return self.token

    def get_allowed_hosts_validator(self):
        return AllowedHostsValidator([self.host])


async def main(base, token):
    host = base.split("//", 1)[1].split("/", 1)[0]
    adapter = GraphRequestAdapter(BaseBearerTokenAuthenticationProvider(LabToken(token, host)))
    adapter.base_url = base
    client = GraphServiceClient(request_adapter=adapter)

    # paging: 5 at a time, following @odata.nextLink
    query = UsersRequestBuilder.UsersRequestBuilderGetQueryParameters(top=5, select=["id", "userPrincipalName"])
    page = await client.users.get(request_configuration=RequestConfiguration(query_parameters=query))
    upns = [u.user_principal_name for u in page.value]
    pages = 1
    while page.odata_next_link:
        page = await client.users.with_url(page.odata_next_link).get()
        upns += [u.user_principal_name for u in page.value]
        pages += 1
    expected = int(shell("(Get-MgUser -All).Count") or "-1")
    check(f"users paged 5 at a time: {len(upns)} users in {pages} pages, as many as the shell sees", len(upns) == expected and pages > 1)

    skus = {s.sku_part_number: s.sku_id for s in (await client.subscribed_skus.get()).value}
    e1, pbi = skus["STANDARDPACK"], skus["POWER_BI_PRO"]

    body = AssignLicensePostRequestBody(add_licenses=[AssignedLicense(sku_id=e1, disabled_plans=[])], remove_licenses=[])
    user = await client.users.by_user_id("liamm@contoso.onmicrosoft.com").assign_license.post(body)
    check("assignLicense returns the user", user.user_principal_name == "liamm@contoso.onmicrosoft.com")
    seen = shell("(Get-MgUserLicenseDetail -UserId liamm@contoso.onmicrosoft.com).SkuPartNumber -join ','")
    check("the shell on the same file sees the license at once", "STANDARDPACK" in seen.split(","))

    # Power BI Pro has no free seat in the demo tenant (averyb has none of it, and a usage location)
    full = AssignLicensePostRequestBody(add_licenses=[AssignedLicense(sku_id=pbi, disabled_plans=[])], remove_licenses=[])
    try:
        await client.users.by_user_id("averyb@contoso.onmicrosoft.com").assign_license.post(full)
        check("no seat left: ODataError 400", False)
    except ODataError as e:
        check("no seat left: ODataError 400 Request_BadRequest",
              e.response_status_code == 400 and e.error.code == "Request_BadRequest")
        check("with the service's message",
              e.error.message == f"Subscription with SKU {str(pbi).lower()} does not have any available licenses.")

    # JSON batching through the SDK's own batch builder, as bulk license jobs send assignments.
    # msgraph-core 1.x puts the absolute address in each request's "url", which Graph refuses
    # (400 per request: msgraph-sdk-python issue 1015), and so does the lab; with the workaround
    # from that issue (the address made relative) each request is answered as if sent alone.
    async def send_batch(relative):
        batch = BatchRequestContent()
        # E1 again for liamm (assigned above: 200) and Power BI Pro for averyb (no seat: 400)
        for n, upn, request_body in (("1", "liamm", body), ("2", "averyb", full)):
            info = client.users.by_user_id(f"{upn}@contoso.onmicrosoft.com").assign_license.to_post_request_information(request_body)
            item = BatchRequestItem(info, id=n)
            if relative:
                item.url = item.url.replace(base, "", 1)
            batch.add_request(None, item)
        return (await BatchRequestBuilder(adapter).post(batch)).get_response_status_codes()
    codes = await send_batch(relative=False)
    check(f"a $batch with absolute addresses, as msgraph-core sends it: 400 for each request, as Graph answers ({codes})",
          codes == {"1": 400, "2": 400})
    codes = await send_batch(relative=True)
    check(f"the same $batch with relative addresses: each answered on its own, 200 and 400 for no seat ({codes})",
          codes == {"1": 200, "2": 400})

    # a group with more members than seats: 202, then members in error
    groups = (await client.groups.get()).value
    staff = next(g for g in groups if g.display_name == "All Staff")
    await client.groups.by_group_id(staff.id).assign_license.post(
        GroupAssignBody(add_licenses=[AssignedLicense(sku_id=pbi, disabled_plans=[])], remove_licenses=[]))
    check("group assignLicense accepted (202)", True)
    in_error = (await client.groups.by_group_id(staff.id).members_with_license_errors.get()).value
    check(f"membersWithLicenseErrors lists the members who did not fit ({len(in_error)})", len(in_error) > 0)
    victim = in_error[0].id
    select = UserItemRequestBuilder.UserItemRequestBuilderGetQueryParameters(select=["licenseAssignmentStates"])
    member = await client.users.by_user_id(victim).get(request_configuration=RequestConfiguration(query_parameters=select))
    state = next(s for s in member.license_assignment_states if s.assigned_by_group == staff.id and s.sku_id == pbi)
    check("the member's licenseAssignmentState: Error, CountViolation, assignedByGroup = the group",
          state.state == "Error" and state.error == "CountViolation")

    # seats bought (in a shell on the same file), then reprocess over REST
    shell(f"Add-LabSubscription -SkuPartNumber POWER_BI_PRO -Units {len(in_error) + 5} | Out-Null")
    await client.users.by_user_id(victim).reprocess_license_assignment.post()
    member = await client.users.by_user_id(victim).get(request_configuration=RequestConfiguration(query_parameters=select))
    state = next(s for s in member.license_assignment_states if s.assigned_by_group == staff.id and s.sku_id == pbi)
    check("after seats were added and reprocessLicenseAssignment: Active", state.state == "Active")


def start_server():
    out = open(os.path.join(WORK, "sdk-server.out"), "w")
    server = subprocess.Popen([BIN, "serve", "--port", "0", "--tenant", TENANT], stdout=out, stderr=subprocess.STDOUT)
    base = token = None
    for _ in range(400):
        text = open(os.path.join(WORK, "sdk-server.out")).read()
        for line in text.splitlines():
            if line.startswith("  Base URL:"):
                base = line.split(":", 1)[1].strip()
            if line.startswith("  Token:"):
                token = line.split(":", 1)[1].strip()
        if base and token:
            break
        time.sleep(0.05)
    return server, base, token


if __name__ == "__main__":
    server, base, token = start_server()
    try:
        check("the server printed its address and a token", bool(base and token))
        if base and token:
            asyncio.run(main(base, token))
    except Exception as e:  # an unexpected SDK failure is a failed check, with its text
        check(f"the SDK run ended early: {type(e).__name__}: {e}", False)
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"{results[0]} passed, {results[1]} failed")
    sys.exit(1 if results[1] else 0)
