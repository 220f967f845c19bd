#!/usr/bin/env bash
# Checks earlyhelp-dashboard.json: it parses (jq), and every metric a panel or a variable queries is exposed by at least one
# of the scrapes given (each service's /q/metrics, as a URL or a saved file). `up` is Prometheus' own and not looked for.
#   deploy/grafana/check-dashboard.sh http://localhost:8081/q/metrics http://localhost:8082/q/metrics ... http://localhost:9000/q/metrics
set -euo pipefail
dashboard="$(dirname "$0")/earlyhelp-dashboard.json"
[ $# -gt 0 ] || { echo "usage: $0 <scrape URL or file>..." >&2; exit 2; }
jq empty "$dashboard"
echo "dashboard JSON parses: $(jq '[.panels[] | select(.type != "row")] | length' "$dashboard") panels"
scrapes=$(mktemp)
trap 'rm -f "$scrapes"' EXIT
for source in "$@"; do
  if [ -f "$source" ]; then cat "$source"; else curl -fsS "$source"; fi >> "$scrapes"
done
queried=$(jq -r '[.. | objects | (.expr?, .query?, .definition?) | strings] | .[]' "$dashboard" \
  | grep -oE '\b(earlyhelp|http_server)_[a-z0-9_]+' | sort -u)
missing=0
for metric in $queried; do
  if grep -qE "^${metric}(\{| )" "$scrapes"; then
    echo "  ok       $metric"
  else
    echo "  MISSING  $metric"; missing=1
  fi
done
[ "$missing" -eq 0 ] && echo "every metric the dashboard queries is exposed" || { echo "some metrics are not exposed" >&2; exit 1; }
