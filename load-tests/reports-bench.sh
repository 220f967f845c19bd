#!/usr/bin/env bash
# The reports benchmark (issue 20): seeds N families' episodes into reporting-service's read model and measures both
# reports over a year through the gateway, one request at a time, with the demo manager's real Keycloak token. Writes the
# "Reports" section of load-tests/RESULTS.md (between its markers) and the raw timings to load-tests/target/reports-bench.
#   load-tests/reports-bench.sh [FAMILIES]     default 100000; REQUESTS (per report, default 100), WARM_UP (20)
# Uses the running system when ./earlyhelp status says it is up; otherwise builds and starts it (and leaves it up).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
FAMILIES=${1:-100000}; REQUESTS=${REQUESTS:-100}; WARM_UP=${WARM_UP:-20}
OUT="$ROOT/load-tests/target/reports-bench"; RESULTS="$ROOT/load-tests/RESULTS.md"
rm -rf "$OUT" && mkdir -p "$OUT"

if ! ./earlyhelp status 2>/dev/null | grep -q 'reporting-service.*ready'; then
  echo "== start the whole system"
  ./earlyhelp up --detach
fi
TODAY=$(TZ=Europe/London date +%F); FROM=$(TZ=Europe/London date -d '-1 year +1 day' +%F)

echo "== seed $FAMILIES families' episodes into the reporting read model"
(./mvnw -B -q -Pbench install -DskipTests -pl load-tests -am >/dev/null && \
  ./mvnw -B -q -Pbench -pl load-tests exec:java -Dexec.mainClass=org.earlyhelp.bench.ReportSeed \
    -Dexec.args="$FAMILIES jdbc:postgresql://localhost:15432/reporting $TODAY") | tee "$OUT/seed.txt"

TOKEN=$(./earlyhelp token manager | tail -1)
measure() { # label path accept -> one line of figures; the timings in $OUT/<label>.txt
  local label=$1 path=$2 accept=$3 url="http://localhost:8080$2?from=$FROM&to=$TODAY"
  for _ in $(seq 1 "$WARM_UP"); do
    curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H "Accept: $accept" "$url" || { echo "reports-bench: $url failed" >&2; exit 1; }
  done
  for _ in $(seq 1 "$REQUESTS"); do
    curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" -H "Accept: $accept" "$url"
  done > "$OUT/$label.txt"
  sort -n "$OUT/$label.txt" | awk -v l="$label" -v p="$path" -v a="$accept" '{t[NR]=$1*1000} END {
    i95=int(NR*0.95); if (i95<1) i95=1; i99=int(NR*0.99); if (i99<1) i99=1;
    printf "| `GET %s` (%s) | %d | %.0f | %.0f | %.0f | %.0f | %s |\n", p, a, NR, t[int((NR+1)/2)], t[i95], t[i99], t[NR], (t[i95] < 1000 ? "met" : "NOT met") }'
}
echo "== measure ($REQUESTS requests per report after $WARM_UP not counted)"
rows=$(measure partnership /api/reports/partnership application/json
       measure partnership-csv /api/reports/partnership text/csv
       measure supporting-families /api/reports/supporting-families application/json
       measure supporting-families-csv /api/reports/supporting-families text/csv
       measure page /reports/partnership text/html)
curl -sf -H "Authorization: Bearer $TOKEN" "http://localhost:8080/api/reports/partnership?from=$FROM&to=$TODAY" > "$OUT/partnership.json"
episodes=$(PGPASSWORD=postgres psql -h localhost -p 15432 -U postgres -d reporting -tAc "select count(*) from episode" 2>/dev/null || echo "?")
section=$(cat <<MD
<!-- reports:begin -->
## Reports (reporting-service, issue 20)

Written by \`load-tests/reports-bench.sh $FAMILIES\` on $(date -u +%FT%RZ): $(tail -1 "$OUT/seed.txt") into reporting-service's
read model ($episodes episodes in one area, two years of them: \`ReportSeed.java\` says what each family has), then each report
over the year $FROM..$TODAY through the gateway with the demo manager's Keycloak token, one request at a time
($WARM_UP first, not counted). Times in ms, as curl measures them (\`time_total\`). Target: p95 under 1 s for each.

| report | requests | p50 | p95 | p99 | max | p95 < 1 s |
| --- | --- | --- | --- | --- | --- | --- |
$rows
<!-- reports:end -->
MD
)
echo "$section"
python3 - "$RESULTS" "$section" <<'PY'
import sys, re
path, section = sys.argv[1], sys.argv[2]
text = open(path).read()
if '<!-- reports:begin -->' in text:
    text = re.sub(r'<!-- reports:begin -->.*?<!-- reports:end -->', lambda m: section, text, flags=re.S)
else:
    text = text.rstrip('\n') + '\n\n' + section + '\n'
open(path, 'w').write(text)
PY
echo "written: $RESULTS (the Reports section)"
