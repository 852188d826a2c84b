#!/usr/bin/env bash
# NetworkGraph's benchmarks in one command: sets up PostgreSQL with the large synthetic network (kept between runs),
# builds NetworkGraph, a hand-written endpoint and PostGraphile, measures them side by side with wrk, runs the
# BenchmarkDotNet micro-benchmarks, and writes the report to bench/results/<date>.md. Stops what it started.
#
#   bench/run.sh                   everything (about 15 minutes once the data exists; seeding adds 2 or 3)
#   bench/run.sh --quick           a smoke test: one short round, one start-up
#   bench/run.sh --no-micro        without the micro-benchmarks
#   bench/run.sh --no-load         without the wrk runs (start-up, answers and SQL counts only)
#   bench/run.sh --duration 20 --rounds 5 --connections 32 --warmup 5 --startups 3
#   bench/run.sh --report /tmp/report.md --notes "what else ran meanwhile"
#
# Environment: BENCH_PG_PORT (5433) for the benchmark's own PostgreSQL cluster, BENCH_PORT (5091, and the next two)
# for the servers.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
pg_port=${BENCH_PG_PORT:-5433}
base_port=${BENCH_PORT:-5091}
cluster=networkgraph-bench
database=networkgraph_bench
organisations=100000
edges=1000000

report="$here/results/$(date -u +%F).md"
runner_options=()
micro=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) runner_options+=(--duration 3 --warmup 1 --rounds 1 --startups 1) ;;
    --no-micro) micro=no ;;
    --no-load) runner_options+=(--no-load) ;;
    --duration | --rounds | --connections | --warmup | --startups | --threads | --notes)
      runner_options+=("$1" "$2")
      shift ;;
    --report)
      report=$(realpath -m "$2")
      shift ;;
    -h | --help)
      sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
      exit 0 ;;
    *)
      echo "Unknown option '$1' (see --help)." >&2
      exit 2 ;;
  esac
  shift
done

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

work=$(mktemp -d /tmp/networkgraph-bench.XXXXXX)
started_cluster=""
pg_version=""

cleanup() {
  local status=$?
  if [ -d "$work/logs" ]; then
    mkdir -p "$here/results/raw"
    rm -rf "$here/results/raw/last-run"
    cp -r "$work/logs" "$here/results/raw/last-run"
  fi
  if [ -n "$started_cluster" ]; then
    log "stopping the benchmark's PostgreSQL cluster"
    pg_ctlcluster "$pg_version" "$cluster" stop || true
  fi
  rm -rf "$work"
  exit $status
}
trap cleanup EXIT

# --- Tools -------------------------------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null || missing+=(wrk)
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]} from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v dotnet >/dev/null || { echo "The .NET SDK is needed (see README.md)." >&2; exit 1; }

# --- PostgreSQL: a cluster of its own, with pg_stat_statements ------------------------------------------------------
# Its own cluster keeps the benchmark apart from the test suite's databases and lets it load pg_stat_statements,
# which counts the statements each server sends. The data stays in the cluster between runs.
pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$pg_version $cluster"; then
  log "creating PostgreSQL $pg_version cluster '$cluster' on port $pg_port"
  pg_createcluster "$pg_version" "$cluster" --port "$pg_port" --start-conf manual \
    -o shared_preload_libraries=pg_stat_statements -o max_connections=200 -o shared_buffers=512MB -o ssl=off >/dev/null
fi
pg_port=$(pg_lsclusters -h | awk -v v="$pg_version" -v c="$cluster" '$1==v && $2==c {print $3}')
if ! pg_ctlcluster "$pg_version" "$cluster" status >/dev/null 2>&1; then
  log "starting the cluster"
  pg_ctlcluster "$pg_version" "$cluster" start
  started_cluster=yes
fi
as_postgres() { runuser -u postgres -- psql -p "$pg_port" -v ON_ERROR_STOP=1 -qAt "$@"; }
# Without TLS, as over a loopback: Npgsql would use it, node-postgres would not, and the comparison would be unfair.
PGOPTIONS='-c client_min_messages=warning' as_postgres -c "ALTER USER postgres PASSWORD 'postgres'" \
  -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" -c "ALTER SYSTEM SET ssl = off" -c "SELECT pg_reload_conf()" >/dev/null
connection="Host=127.0.0.1;Port=$pg_port;Database=$database;Username=postgres;Password=postgres"

# --- Builds (Release) ---------------------------------------------------------------------------------------------
log "building NetworkGraph, the hand-written endpoint and the runner in Release"
dotnet publish "$root/api" -c Release -o "$work/networkgraph" -p:NetworkGraphIdeSkip=true -nologo -v quiet >"$work/build.log" 2>&1 \
  || { cat "$work/build.log"; exit 1; }
dotnet publish "$here/peers/handwritten" -c Release -o "$work/handwritten" -nologo -v quiet >>"$work/build.log" 2>&1 \
  || { cat "$work/build.log"; exit 1; }
dotnet publish "$here/runner" -c Release -o "$work/runner" -nologo -v quiet >>"$work/build.log" 2>&1 \
  || { cat "$work/build.log"; exit 1; }
postgraphile="$here/peers/postgraphile"
if [ ! -d "$postgraphile/node_modules" ] || [ "$postgraphile/package-lock.json" -nt "$postgraphile/node_modules/.package-lock.json" ]; then
  log "installing PostGraphile from npm"
  (cd "$postgraphile" && npm ci --no-audit --no-fund --omit=dev >/dev/null)
fi

# --- Data: created once, then reused ------------------------------------------------------------------------------
networkgraph() {
  (cd "$work/networkgraph" && Database__Provider=PostgreSQL ConnectionStrings__NetworkGraph="$connection;Command Timeout=0" \
    Logging__LogLevel__Default=Warning dotnet NetworkGraph.Api.dll "$@")
}
count=0
if [ "$(as_postgres -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" = 1 ]; then
  count=$(as_postgres -d "$database" -c "SELECT count(*) FROM \"Organisations\"" 2>/dev/null || echo 0)
fi
log "applying migrations to '$database'"
networkgraph migrate >/dev/null
if [ "$count" = 0 ]; then
  log "seeding $organisations organisations and $edges edges (once; takes a few minutes)"
  networkgraph seed --organisations "$organisations" --edges "$edges"
elif [ "$count" != "$organisations" ]; then
  echo "'$database' holds $count organisations, not $organisations: drop it to seed again" \
    "(runuser -u postgres -- dropdb -p $pg_port $database)." >&2
  exit 1
else
  log "'$database' already holds the network: not seeding"
fi
PGOPTIONS='-c client_min_messages=warning' as_postgres -d "$database" \
  -f "$here/database/public-read-model.sql" -f "$here/database/network-read-model.sql" -f "$here/database/roles.sql" >/dev/null

# --- Micro-benchmarks ---------------------------------------------------------------------------------------------
micro_results=()
if [ "$micro" = yes ]; then
  log "micro-benchmarks (BenchmarkDotNet)"
  NETWORKGRAPH_BENCH_DATABASE="Host=127.0.0.1;Port=$pg_port;Database=$database;Username=bench_networkgraph;Password=bench" \
    dotnet run -c Release --project "$here/micro" -- --filter '*' --artifacts "$work/micro" >"$work/micro.log" 2>&1 \
    || { cat "$work/micro.log"; exit 1; }
  micro_results=(--micro-results "$work/micro/results")
fi

# --- Load, start-up, answers and SQL; the report ------------------------------------------------------------------
log "servers side by side"
mkdir -p "$work/logs"
dotnet "$work/runner/NetworkGraph.Bench.Runner.dll" \
  --bench "$here" --networkgraph "$work/networkgraph" --handwritten "$work/handwritten" --postgraphile "$postgraphile" \
  --database "$connection" --report "$report" --logs "$work/logs" --base-port "$base_port" \
  "${micro_results[@]}" "${runner_options[@]}"

echo
sed -n '/^## Budgets/,/^## Throughput/p' "$report" | sed '$d'
