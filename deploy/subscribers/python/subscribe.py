"""Prints seizure-stats' per-country statistics: the current ones from the `country_stats`
key-value bucket, then each update published on `stats.country.<CC>`.

Generate the message classes first (see the README, "For dashboard builders"):
    python -m grpc_tools.protoc -I proto --python_out=deploy/subscribers/python proto/seizure/v1/*.proto
Then:
    python deploy/subscribers/python/subscribe.py --nats nats://dashboard:PASSWORD@localhost:4222
"""
import argparse
import asyncio
from urllib.parse import urlparse

import nats

from seizure.v1 import event_pb2, stats_pb2


def show(stats: stats_pb2.CountryStats) -> None:
    print(f"{stats.country} as of {stats.as_of}: {stats.events} events, "
          f"{stats.incidents} incidents, {stats.bulletins} bulletins", flush=True)
    for series in stats.series:
        kind = event_pb2.EventKind.Name(series.kind).removeprefix("EVENT_KIND_").lower()
        windows = {w.window: w for w in series.windows}
        total = windows.get("all")
        if total:
            bound = ">=" if total.lower_bound else ""
            print(f"  {kind} {series.drug}: {bound}{total.amount:g} {series.unit} "
                  f"({total.events} events, all time)", flush=True)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nats", default="nats://localhost:4222")
    parser.add_argument("--updates", type=int, default=0,
                        help="stop after this many live updates (0: run until interrupted)")
    args = parser.parse_args()

    # Replies come only on the user's own inbox prefix: the server lets no one read others'.
    user = urlparse(args.nats).username or "dashboard"
    nc = await nats.connect(args.nats, inbox_prefix=f"_INBOX_{user}")
    # Live updates first, so that nothing published while the bucket is read is missed.
    sub = await nc.subscribe("stats.country.*")

    # The current values: keys from the bucket's subject list, values by direct get (a
    # read-only user may not create consumers).
    js = nc.jetstream()
    kv = await js.key_value("country_stats")
    info = await js.stream_info("KV_country_stats", subjects_filter="$KV.country_stats.>")
    countries = sorted(s.removeprefix("$KV.country_stats.") for s in (info.state.subjects or {}))
    for country in countries:
        entry = await kv.get(country)
        show(stats_pb2.CountryStats.FromString(entry.value))

    print("Listening for updates.", flush=True)
    received = 0
    async for msg in sub.messages:
        print(f"update on {msg.subject}:", flush=True)
        show(stats_pb2.CountryStats.FromString(msg.data))
        received += 1
        if args.updates and received >= args.updates:
            break
    await nc.close()


if __name__ == "__main__":
    asyncio.run(main())
