"""Assigns one license to each UPN in a file through Microsoft's Python SDK, 8 requests in flight;
prints the seconds it took (Scripts/bench serve)."""
import asyncio
import sys
import time

from kiota_abstractions.authentication import AccessTokenProvider, AllowedHostsValidator, BaseBearerTokenAuthenticationProvider
from msgraph import GraphRequestAdapter, GraphServiceClient
from msgraph.generated.models.assigned_license import AssignedLicense
from msgraph.generated.users.item.assign_license.assign_license_post_request_body import AssignLicensePostRequestBody

base, token, sku, listing = sys.argv[1:5]


class LabToken(AccessTokenProvider):
    async def get_authorization_token(self, uri, additional_authentication_context=None):
        return token

    def get_allowed_hosts_validator(self):
        return AllowedHostsValidator([base.split("//", 1)[1].split("/", 1)[0]])


async def main():
    adapter = GraphRequestAdapter(BaseBearerTokenAuthenticationProvider(LabToken()))
    adapter.base_url = base
    client = GraphServiceClient(request_adapter=adapter)
    upns = [line.strip() for line in open(listing) if line.strip()]
    queue = asyncio.Queue()
    for u in upns:
        queue.put_nowait(u)

    failures = []

    async def worker():
        while not queue.empty():
            upn = queue.get_nowait()
            body = AssignLicensePostRequestBody(add_licenses=[AssignedLicense(sku_id=sku, disabled_plans=[])], remove_licenses=[])
            try:
                await client.users.by_user_id(upn).assign_license.post(body)
            except Exception as e:  # counted, not fatal: the figure is the time for all of them
                failures.append(f"{upn}: {e}")

    start = time.time()
    await asyncio.gather(*(worker() for _ in range(8)))
    note = f" {len(failures)} refused, e.g. {failures[0][:160]}" if failures else ""
    print(f"{time.time() - start:.3f}{note}")


asyncio.run(main())
