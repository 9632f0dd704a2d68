"""Prints the hot-path bench's table per path from the wrk results (one JSON line per path, target and round).

PostgreSQL: each target beside the anchor — throughput ratio (bound >= 0.8) and p99 ratio (bound <= 1.5), PASS or MISS;
a target or anchor with any error (non-2xx, socket error, timeout) is ERR: a run with errors is not a result. The
anchor inside the ASP.NET Core stack (anchor-aspnet) is a reference row, judged against nothing.
SQLite: each settings variant beside the first one, no bounds.
usage: python3 report.py results.jsonl postgres|sqlite
"""
import json
import sys
from collections import defaultdict

THROUGHPUT_BOUND, P99_BOUND = 0.8, 1.5
LABELS = {
    "me": "GET /auth/me (session + user)",
    "set": "PUT /workouts/{id}/sets/{setId} (session + upsert)",
    "workout": "GET /workouts/{id}, 30 sets",
    "search": "GET /exercises?search=bench",
}

rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
provider = sys.argv[2]
by_path = defaultdict(lambda: defaultdict(list))
for row in rows:
    by_path[row["path"]][row["target"]].append(row)


def summary(runs):
    requests = sum(r["requests"] for r in runs)
    seconds = sum(r["seconds"] for r in runs)
    errors = sum(r["non2xx"] + r["connect"] + r["read"] + r["write"] + r["timeout"] for r in runs)
    return {
        "rps": requests / seconds if seconds else 0.0,
        "rounds": " / ".join(f"{r['requests'] / r['seconds']:.0f}" for r in runs),
        "p99": sum(r["p99"] for r in runs) / len(runs),
        "p99s": " / ".join(f"{r['p99']:.0f}" for r in runs),
        "errors": errors,
        "bytes": max(r.get("body_bytes", 0) for r in runs),
    }


for path, targets in by_path.items():
    base_name = "anchor" if provider == "postgres" else next(iter(targets))
    base = summary(targets[base_name])
    print(f"\n{LABELS.get(path, path)}")
    print(f"  {'target':<12} {'req/s':>8} {'(rounds)':>15} {'p99 ms':>8} {'(rounds)':>13} {'errors':>7} {'body B':>7} {'× req/s':>8} {'× p99':>7}  verdict")
    for name, runs in targets.items():
        s = summary(runs)
        if name == base_name:
            ratio, p99_ratio, verdict = "", "", "ERR" if s["errors"] else ("baseline" if provider != "postgres" else "")
        else:
            r = s["rps"] / base["rps"] if base["rps"] else 0.0
            p = s["p99"] / base["p99"] if base["p99"] else float("inf")
            ratio, p99_ratio = f"{r:.2f}", f"{p:.2f}"
            if s["errors"] or base["errors"]:
                verdict = "ERR"
            elif name.startswith("anchor-"):
                verdict = "(reference)"
            elif provider == "postgres":
                verdict = "PASS" if r >= THROUGHPUT_BOUND and p <= P99_BOUND else "MISS"
            else:
                verdict = ""
        print(f"  {name:<12} {s['rps']:>8.0f} {s['rounds']:>15} {s['p99']:>8.1f} {s['p99s']:>13} {s['errors']:>7} {s['bytes']:>7} {ratio:>8} {p99_ratio:>7}  {verdict}")
if provider == "postgres":
    print(f"\nbounds: req/s ≥ {THROUGHPUT_BOUND}× the anchor's and p99 ≤ {P99_BOUND}× the anchor's, no errors (p99: mean of the rounds')")
