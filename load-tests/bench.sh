#!/usr/bin/env bash
# The benchmark, start to finish (./earlyhelp bench runs this): builds, starts the whole system on its
# embedded defaults, seeds N families, runs the pgbench ceiling and the Gatling scenarios through the
# gateway, and writes load-tests/RESULTS.md. Needs pgbench (Debian: apt-get install postgresql-client).
#   load-tests/bench.sh [FAMILIES]        default 100000; 1000000 works (seeding takes a few minutes)
# Settings (environment): RATE (mixed traffic, default 200/s), STEPDOWN_RATE (2/s), BACKGROUND_RATE (100/s),
# SECONDS_PER_RUN (30), RAMP ("25 50 75 100 150 200 300"), CLIENTS (8, for POST /api/families and pgbench),
# WARM_UP_SECONDS (180), SCALE_RATE (20/s, caseload and timeline at the seeded size), CPU_REQUESTS (300 of each type for
# the CPU per request).
# The gateway's per-user rate limit is lifted for the run: the scenarios send many practitioners' traffic with one
# demo user's token. A request unanswered after 10 s counts as failed (KO).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
FAMILIES=${1:-100000}
RATE=${RATE:-200}; STEPDOWN_RATE=${STEPDOWN_RATE:-2}; BACKGROUND_RATE=${BACKGROUND_RATE:-100}
RUN_SECONDS=${SECONDS_PER_RUN:-30}; RAMP=${RAMP:-"50 100 150 200 250 300"}; CLIENTS=${CLIENTS:-8}
WARM_UP_SECONDS=${WARM_UP_SECONDS:-180}; SCALE_RATE=${SCALE_RATE:-20}; CPU_REQUESTS=${CPU_REQUESTS:-300}
OUT="$ROOT/load-tests/target/bench"
SERVICES=(assessment-service plan-service referral-service notification-service reporting-service gateway)
FEEDER="$ROOT/load-tests/target/seed/teacher-families.csv"
command -v python3 >/dev/null || { echo "bench: python3 is needed for the CPU per request" >&2; exit 1; }
command -v pgbench >/dev/null || { echo "bench: pgbench is needed for the ceiling (Debian/Ubuntu: apt-get install postgresql-client)" >&2; exit 1; }

echo "== build (with each service's class-data archive, which ServiceProcess uses when it is there)"
# through ./earlyhelp build, so that ./earlyhelp up below starts this build instead of making its own
./earlyhelp build -Pbench -Dquarkus.package.jar.appcds.enabled=true
# Quarkus writes the archive by starting each service once at build time; if that failed (it has, silently, under
# -q), the services start without it. The report says which.
missing=$(for s in "${SERVICES[@]}"; do
  [[ -f "$s/target/quarkus-app/app-cds.jsa" ]] || echo -n "$s "; done)
[[ -z "$missing" ]] || echo "bench: no class-data archive for: $missing(they start without one)" >&2
rm -rf "$OUT" && mkdir -p "$OUT"
./earlyhelp down >/dev/null 2>&1 || true

echo "== start the whole system"
EARLYHELP_GATEWAY_RATE_LIMIT_PER_MINUTE=100000000 ./earlyhelp up --detach

mvn_bench() { (cd "$ROOT" && ./mvnw -B -q -Pbench -pl load-tests -Dbench.feeder="$FEEDER" -Dbench.out="$OUT" \
  -Dgatling.http.requestTimeout=10000 "$@"); }
gatling() { # label simulation [-Dbench.x=y ...]
  local label=$1 simulation=$2; shift 2
  echo "== $label ($simulation $*)"
  mvn_bench gatling:test -Dgatling.simulationClass=org.earlyhelp.bench.$simulation "$@" > "$OUT/$label.log" 2>&1 \
    || { echo "bench: $label failed, see $OUT/$label.log" >&2; tail -20 "$OUT/$label.log" >&2; exit 1; }
  local report; report=$(ls -td "$ROOT"/load-tests/target/gatling/*/ | head -1)
  mv "$report" "$OUT/$label"
}

echo "== seed $FAMILIES families"
mvn_bench exec:java -Dexec.mainClass=org.earlyhelp.bench.Seed -Dexec.args="$FAMILIES" | tee "$OUT/seed.txt"

echo "== ceiling: pgbench, $CLIENTS clients, 30 s"
PGPASSWORD=postgres pgbench -h localhost -p 15432 -U postgres -n -c "$CLIENTS" -j 2 -T 30 -f load-tests/ceiling.sql assessment \
  | tee "$OUT/pgbench.txt"

# JVM mode: the services' code is interpreted until the JIT has compiled it (C1 only in the local stack: with C2 the
# compiler still took a third of each service's CPU after minutes of load, load-tests/JVM-CHOICES.md). So a warm-up runs
# first and is not reported: the figures below are a warmed system's, as a deployment is after its first minutes.
gatling warm-up MixedTrafficSimulation -Dbench.rate=60 -Dbench.seconds="$WARM_UP_SECONDS"
echo "== CPU per request ($CPU_REQUESTS of each type, one at a time)"
python3 load-tests/cpu-per-request.py --all "$CPU_REQUESTS" "$OUT/cpu-per-request.txt"
gatling scale QueriesAtScaleSimulation -Dbench.rate="$SCALE_RATE" -Dbench.seconds="$RUN_SECONDS"
gatling families FamilyWritesSimulation -Dbench.clients="$CLIENTS" -Dbench.seconds=30
gatling stepdown StepDownJourneySimulation -Dbench.stepdowns="$STEPDOWN_RATE" -Dbench.rate="$BACKGROUND_RATE" -Dbench.seconds="$RUN_SECONDS"
for r in $RAMP; do gatling "ramp-$r" MixedTrafficSimulation -Dbench.rate="$r" -Dbench.seconds=20; done
# Where the time goes: each process's CPU during a run (ticks of 1/100 s) and, of a JVM's, the seconds its JIT compiler
# and its GC spent (HotSpot's own counters); the machine's busy ticks, for what the load generator and the OS took.
# The JVM of a component started by ./earlyhelp up (Keycloak's pid file is its launcher script's: the JVM is its child)
jvm_pid() { # name
  local pid; pid=$(cat "$ROOT/.earlyhelp/run/$1.pid" 2>/dev/null || true)
  # (when the script has exec'd the JVM, the pid is the JVM's own)
  if [[ "$1" == keycloak && -n "$pid" && "$(cat "/proc/$pid/comm" 2>/dev/null)" != java ]]; then pid=$(pgrep -P "$pid" java | head -1); fi
  echo "$pid"
}
cpu_snapshot() { # file
  {
    echo "machine $(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat) 0 0"
    for name in "${SERVICES[@]}" kafka keycloak; do
      local pid; pid=$(jvm_pid "$name")
      [[ -n "$pid" && -d "/proc/$pid" ]] || continue
      echo "$name $(awk '{print $14 + $15}' "/proc/$pid/stat") $(jcmd "$pid" PerfCounter.print 2>/dev/null | awk -F= '
        /sun.os.hrt.frequency/ {f = $2} /java.ci.totalTime/ {c = $2} /sun.gc.collector.[0-9].time/ {g += $2}
        END {if (f) printf "%.1f %.1f", c / f, g / f; else print "0 0"}')"
    done
    echo "postgresql $(for p in $(pgrep -x postgres); do awk '{print $14 + $15}' "/proc/$p/stat"; done | awk '{s += $1} END {print s + 0}') 0 0"
  } > "$1"
}
# last: at the target rate, a system that cannot keep up builds a queue that would spill into the next run
cpu_snapshot "$OUT/cpu-before.txt"
gatling mixed MixedTrafficSimulation -Dbench.rate="$RATE" -Dbench.seconds="$RUN_SECONDS"
cpu_snapshot "$OUT/cpu-after.txt"

echo "== processes"
set +e   # a process that is gone (a crash under load) is reported as such, not a reason to stop here
# The supervisor of ./earlyhelp up restarts a service that stops: paused while each service is restarted here by hand,
# or its restart and this one would race for the port (they did: every "alone" start doubled).
SUPERVISOR=$(cat "$ROOT/.earlyhelp/supervisor.pid" 2>/dev/null || true)
[[ -n "$SUPERVISOR" ]] && kill -STOP "$SUPERVISOR"
# One service restarted on its own, the rest of the system idle: the JVM with the same command line and environment,
# timed from launch to its readiness answering 200, beside the start time Quarkus logs.
restart_alone() { # name -> "logged_seconds ready_ms" (its port is on its command line)
  local name=$1 port pid dir log t0 t1
  pid=$(cat ".earlyhelp/run/$name.pid" 2>/dev/null) && [[ -d /proc/$pid ]] || { echo "n/a n/a"; return; }
  dir=$(readlink "/proc/$pid/cwd"); log="$ROOT/.earlyhelp/logs/$name.log"
  mapfile -d '' -t cmd < "/proc/$pid/cmdline"; mapfile -d '' -t environment < "/proc/$pid/environ"
  port=$(printf '%s\n' "${cmd[@]}" | sed -n 's/^-Dquarkus.http.port=//p')
  # the gateway's readiness is on its management port
  management=$(printf '%s\n' "${cmd[@]}" | sed -n 's/^-Dquarkus.management.port=//p'); port=${management:-$port}
  # stopped when gone, or a zombie: its parent, the paused supervisor, cannot reap it until it is resumed
  kill "$pid"; while [[ -d "/proc/$pid" && "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" != Z ]]; do sleep 0.1; done
  t0=$(date +%s%N)
  # exec: the background job is the JVM itself, holding none of this function's output (a $(...) would wait for it)
  (cd "$dir" && exec env -i "${environment[@]}" "${cmd[@]}") >> "$log" 2>&1 < /dev/null &
  echo $! > "$ROOT/.earlyhelp/run/$name.pid"
  cat "$ROOT/.earlyhelp/run/$name.pid" >> "$OUT/restarted.pids"   # not the supervisor's child: stopped below, after down
  for _ in $(seq 1 1200); do curl -sf "localhost:$port/q/health/ready" > /dev/null && break; sleep 0.05; done
  t1=$(date +%s%N)
  echo "$(grep -o 'started in [0-9.]*s' "$log" | tail -1 | sed 's/started in //') $(( (t1 - t0) / 1000000 ))"
}
{
for name in "${SERVICES[@]}" kafka keycloak; do
  pid=$(jvm_pid "$name")
  rss=$(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/${pid:-0}/status" 2>/dev/null)
  started=$(grep -ho 'started in [0-9.]*s' ".earlyhelp/logs/$name.log" 2>/dev/null | tail -1 | sed 's/started in //')
  alone="n/a n/a"
  [[ " ${SERVICES[*]} " == *" $name "* ]] && alone=$(restart_alone "$name")
  echo "$name ${rss:-gone} ${started:-n/a} $alone"
done
} | tee "$OUT/processes.txt"
pg=$(cat .earlyhelp/run/postgres.pid 2>/dev/null || true)
# the postmaster alone: each backend's RSS counts the shared buffers again, so a sum would overstate it
[[ -n "$pg" ]] && echo "postgresql(postmaster) $(ps --no-headers -o rss -p "$pg" | awk '{printf "%d", $1/1024}') n/a" >> "$OUT/processes.txt"
set -e

# any plan-service JVM's flags (the pid file may name one restarted above that has since stopped: never fatal)
JVM_FLAGS=$(tr '\0' ' ' < "/proc/$(pgrep -f 'plan-service/target/quarkus-app' | head -1)/cmdline" 2>/dev/null | grep -o -- ' -X[^ ]*' | tr -d '\n' | sed 's/^ //') || true
PG_VERSION=$(PGPASSWORD=postgres psql -h localhost -p 15432 -U postgres -tAc 'show server_version' assessment 2>/dev/null || echo "?")
# the services restarted here first, then the supervisor back, and everything down at once
for pid in $(cat "$OUT/restarted.pids" 2>/dev/null); do kill "$pid" 2>/dev/null || continue; while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; done
[[ -n "$SUPERVISOR" ]] && kill -CONT "$SUPERVISOR"
./earlyhelp down >/dev/null

prop() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$2" | head -1; }
cat > "$OUT/env.txt" <<ENV
command="load-tests/bench.sh $FAMILIES (RATE=$RATE STEPDOWN_RATE=$STEPDOWN_RATE BACKGROUND_RATE=$BACKGROUND_RATE SECONDS_PER_RUN=$RUN_SECONDS CLIENTS=$CLIENTS WARM_UP_SECONDS=$WARM_UP_SECONDS SCALE_RATE=$SCALE_RATE CPU_REQUESTS=$CPU_REQUESTS)"
date="$(date -u +%Y-%m-%dT%H:%MZ)"
cpu="$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
cores="$(nproc)"
memory="$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
os="$(uname -sr)"
java="$(java -version 2>&1 | head -1 | tr -d '"')"
quarkus="$(prop quarkus.platform.version pom.xml)"
postgresql="$PG_VERSION (embedded, fsync on)"
kafka="$(prop kafka.version pom.xml) (KRaft, one broker)"
keycloak="$(prop keycloak.version pom.xml)"
gatling="$(prop gatling.version load-tests/pom.xml)"
pgbench="$(pgbench --version)"
jvm="$JVM_FLAGS (a service's flags); class-data archive: ${missing:+missing for $missing}${missing:-every service}"
settings.mixed="$RATE requests/s offered (open model) for $RUN_SECONDS s after a 10 s ramp"
settings.stepdown="$STEPDOWN_RATE step-downs/s with $BACKGROUND_RATE requests/s of mixed traffic, $RUN_SECONDS s"
settings.families="$CLIENTS closed-loop clients, 30 s"
settings.ramp="20 s per step after a 10 s ramp"
settings.scale="$SCALE_RATE requests/s (half caseload, half timeline), $RUN_SECONDS s, $FAMILIES families seeded"
settings.warmup="mixed traffic at 60 requests/s for $WARM_UP_SECONDS s first, not reported"
settings.pgbench="$CLIENTS clients, 2 threads, 30 s, on database assessment"
settings.cpu="$CPU_REQUESTS"
ENV
mvn_bench exec:java -Dexec.mainClass=org.earlyhelp.bench.Report -Dexec.args="$OUT $ROOT/load-tests/RESULTS.md"
echo "== done: load-tests/RESULTS.md"
