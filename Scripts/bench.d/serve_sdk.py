"""Assigns one license to each UPN in a file through Microsoft's Python SDK, 8 requests in flight;
prints the seconds it took (Scripts/bench serve).

    serve_sdk.py BASE TOKEN SKU LISTING [BATCH]

With BATCH (at most 20), the assignments go as JSON batches of that many requests through the
SDK's BatchRequestBuilder, as bulk license jobs send them; Graph counts each request of a batch
against its budgets, so the comparison with the write budget is unchanged."""
import asyncio
import sys
import time

from kiota_abstractions.authentication import AccessTokenProvider, AllowedHostsValidator, BaseBearerTokenAuthenticationProvider
from msgraph import GraphRequestAdapter, GraphServiceClient
from msgraph.generated.models.assigned_license import AssignedLicense
from msgraph.generated.users.item.assign_license.assign_license_post_request_body import AssignLicensePostRequestBody

from msgraph_core.requests.batch_request_builder import BatchRequestBuilder
from msgraph_core.requests.batch_request_content import BatchRequestContent
from msgraph_core.requests.batch_request_item import BatchRequestItem

base, token, sku, listing = sys.argv[1:5]
batch_size = int(sys.argv[5]) if len(sys.argv) > 5 else 0


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

    def body():
        return AssignLicensePostRequestBody(add_licenses=[AssignedLicense(sku_id=sku, disabled_plans=[])], remove_licenses=[])

    async def batch_worker():
        builder = BatchRequestBuilder(adapter)
        while not queue.empty():
            content = BatchRequestContent()
            chunk = []
            while not queue.empty() and len(chunk) < batch_size:
                upn = queue.get_nowait()
                chunk.append(upn)
                info = client.users.by_user_id(upn).assign_license.to_post_request_information(body())
                item = BatchRequestItem(info, id=str(len(chunk)))
                # relative, as Graph requires (msgraph-core 1.x sends absolute ones: msgraph-sdk-python issue 1015)
                item.url = item.url.replace(base, "", 1)
                content.add_request(None, item)
            try:
                answer = await builder.post(content)
                for request_id, status in answer.get_response_status_codes().items():
                    if status != 200:
                        failures.append(f"{chunk[int(request_id) - 1]}: status {status}")
            except Exception as e:
                failures.extend(f"{upn}: {e}" for upn in chunk)

    async def worker():
        if batch_size:
            return await batch_worker()
        while not queue.empty():
            upn = queue.get_nowait()
            try:
                await client.users.by_user_id(upn).assign_license.post(body())
            except Exception as e:  # counted, not fatal: the figure is the time for all of them
                failures.append(f"{upn}: {e}")

    start = time.time()
    await asyncio.gather(*(worker() for _ in range(8)))
    note = f" {len(failures)} refused, e.g. {failures[0][:160]}" if failures else ""
    print(f"{time.time() - start:.3f}{note}")


asyncio.run(main())
