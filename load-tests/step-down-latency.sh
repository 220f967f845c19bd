#!/usr/bin/env bash
# Step-down accepted -> plan readable through the gateway, on a running system (./earlyhelp up --detach).
# Sequential: propose, accept, then poll GET /api/plans?originRef= every 10 ms until the plan is there.
#   load-tests/step-down-latency.sh [N]    default N=30
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
N=${1:-30}
API=http://localhost:8080/api
SW=$(./earlyhelp token sw | tail -1); TEACHER=$(./earlyhelp token teacher | tail -1)
for i in $(seq 1 "$N"); do
  # CSC registers the family first (it proposes only for a family it sees), then proposes once referral-service knows it
  name=Probe$(tr -dc a-f < /proc/sys/kernel/random/uuid)
  reg=$(curl -s -X POST $API/families -H "Authorization: Bearer $SW" -H 'Content-Type: application/json' -d '{"area":"isle-of-wight","familyName":"'$name'","postcode":"PO30 1UD","members":[{"givenName":"Amy","familyName":"'$name'","dateOfBirth":"2015-03-02","role":"CHILD"}]}')
  fam=$(echo "$reg" | sed -E 's/^\{"id":"([^"]+)".*/\1/'); child=$(echo "$reg" | sed -E 's/.*"members":\[\{"id":"([^"]+)".*/\1/')
  sd=""; until [[ $sd =~ ^[0-9a-f-]{36}$ ]]; do sd=$(curl -s -X POST $API/step-downs -H "Authorization: Bearer $SW" -H 'Content-Type: application/json' -d '{"familyId":"'$fam'","childMemberIds":["'$child'"],"cscCaseReference":"CSC-1","socialWorker":{"userId":"sw","name":"Sam Social"},"reason":"probe","familyConsented":true,"proposedLeadProfessional":{"userId":"teacher","name":"Tess Teacher","agency":"school","role":"DSL"},"goalsCarriedOver":[]}' | sed -E 's/^\{"id":"([^"]+)".*/\1/'); done
  curl -s -o /dev/null -X POST $API/step-downs/$sd/acceptance -H "Authorization: Bearer $TEACHER" -H 'Content-Type: application/json' -d '{"acceptedOn":"'$(TZ=Europe/London date +%F)'"}'
  start=$(date +%s%N)
  until curl -s "$API/plans?originRef=$sd" -H "Authorization: Bearer $TEACHER" | grep -q '"total":1'; do sleep 0.01; done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
done | sort -n | awk '{a[NR]=$1} END {printf "step-down accepted -> plan readable: n=%d  median %d ms  p90 %d ms  max %d ms\n", NR, a[int((NR+1)/2)], a[int(NR*0.9)], a[NR]}'
