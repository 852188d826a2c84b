#!/usr/bin/env bash
# Load test of one GraphQL query against the service built in Release, on a fresh SQLite database with the
# demo network. Starts the service, warms it up, measures with wrk, and stops it again.
#   bench/load/run.sh [query.graphql] [seconds] [connections]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
query=$(realpath "${1:-$here/../queries/networkgraph/q2-three-level.graphql}")
seconds=${2:-20}
connections=${3:-16}
port=${BENCH_PORT:-5090}

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

work=$(mktemp -d)
dotnet publish "$root/api" -c Release -o "$work/app" -p:NetworkGraphIdeSkip=true >/dev/null
cd "$work/app"
ConnectionStrings__NetworkGraph="Data Source=$work/bench.db" Logging__LogLevel__Default=Warning \
  dotnet NetworkGraph.Api.dll --urls "http://127.0.0.1:$port" >"$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null; rm -rf "$work"' EXIT

for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break
  sleep 0.5
done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { cat "$work/service.log"; exit 1; }

export QUERY_FILE=$query
echo "warm-up (5 s)…"
wrk -t2 -c"$connections" -d5s -s "$here/post-query.lua" "http://127.0.0.1:$port/graphql" >/dev/null
echo "query: $(basename "$query"), ${seconds} s, $connections connections, $(nproc) cores"
wrk -t2 -c"$connections" -d"${seconds}s" -s "$here/post-query.lua" "http://127.0.0.1:$port/graphql" | grep -E "requests/s|latency|non-200"
echo "resident memory after the run: $(( $(awk '/VmRSS/ {print $2}' /proc/$service/status) / 1024 )) MiB"
