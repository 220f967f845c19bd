#!/usr/bin/env bash
# A quick latency probe through the gateway of a running system (./earlyhelp up --detach first).
# Sequential requests, one client: it measures a single call's latency, not throughput
# (the load-tests module of the benchmark issue measures that).
#   load-tests/quick-latency.sh [N]     default N=200 family registrations, N/4 completions
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
N=${1:-200}
API=http://localhost:8080/api
T=$(./earlyhelp token teacher | tail -1)
H=(-H "Authorization: Bearer $T" -H 'Content-Type: application/json')
stats() { sort -n | awk '{a[NR]=$1*1000} END {printf "n=%d  median %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms\n", NR, a[int((NR+1)/2)], a[int(NR*0.9)], a[int(NR*0.99)], a[NR]}'; }
family() { # $1 surname -> prints the JSON answer
  curl -s -X POST $API/families "${H[@]}" -d '{"familyName":"'$1'","postcode":"PO30 1UD","members":[
    {"givenName":"Amy","familyName":"'$1'","dateOfBirth":"2015-03-02","role":"CHILD"},
    {"givenName":"Beth","familyName":"'$1'","dateOfBirth":"1988-07-02","role":"PARENT"}]}'
}
for i in $(seq 1 10); do family "Warm$RANDOM$i$$" > /dev/null; done   # warm-up, not counted
echo -n "POST /api/families                   "
for i in $(seq 1 "$N"); do
  curl -s -o /dev/null -w '%{time_total}\n' -X POST $API/families "${H[@]}" -d '{"familyName":"Lat'$i$$$RANDOM'","postcode":"PO30 1UD","members":[
    {"givenName":"Amy","familyName":"Lat'$i$$$RANDOM'","dateOfBirth":"2015-03-02","role":"CHILD"},
    {"givenName":"Beth","familyName":"Lat'$i$$$RANDOM'","dateOfBirth":"1988-07-02","role":"PARENT"}]}'
done | stats
echo -n "POST /api/assessments/{id}/completion "
for i in $(seq 1 $((N / 4))); do
  f=$(family "Cmp$i$$$RANDOM")
  fid=$(sed -E 's/^\{"id":"([^"]+)".*/\1/' <<<"$f"); child=$(grep -o '"id":"[^"]*"' <<<"$f" | sed -n 2p | cut -d'"' -f4)
  parent=$(grep -o '"id":"[^"]*"' <<<"$f" | sed -n 3p | cut -d'"' -f4)
  curl -s -o /dev/null -X POST $API/families/$fid/consents "${H[@]}" -d '{"givenByMemberId":"'$parent'","coversMemberIds":["'$child'"],"purposes":["ASSESSMENT"],"method":"WRITTEN","givenOn":"2026-12-01"}'
  aid=$(curl -s -X POST $API/assessments "${H[@]}" -d '{"familyId":"'$fid'","childMemberIds":["'$child'"],"reasonForAssessment":"probe","leadProfessional":{"userId":"teacher","name":"Tess Teacher","agency":"school","role":"DSL"}}' | sed -E 's/^\{"id":"([^"]+)".*/\1/')
  curl -s -o /dev/null -X PATCH $API/assessments/$aid "${H[@]}" -d '{"childrensVoice":[{"memberId":"'$child'","wishesAndFeelings":"x"}],"factors":{"protective":"a","presenting":"b","precipitating":"c","perpetuating":"d","predisposing":"e","predicting":"f"},"domains":{"childDevelopment":"a","parentingCapacity":"b","familyAndEnvironment":"c"},"needs":[{"memberId":"'$child'","indicator":"HOUSING"}],"levelOfNeed":"TARGETED"}'
  curl -s -o /dev/null -w '%{time_total}\n' -X POST $API/assessments/$aid/completion "${H[@]}" -d '{"completedOn":"2026-12-03"}'
done | stats
