#!/usr/bin/env python3
"""CPU per request, process by process: which part of the system one kind of request costs (the benchmark's
"where the time goes", per endpoint). Against a running, seeded system (./earlyhelp up --detach, then the seed),
sequential keep-alive requests through the gateway as the demo teacher, over the seeded families; it reads each
process's CPU from /proc before and after. The warm-up requests are not counted: run it twice for a warmed JVM.
  load-tests/cpu-per-request.py METHOD PATH [N] [BODY]
  load-tests/cpu-per-request.py GET '/api/plans?leadProfessional=me&status=ACTIVE&size=20' 1000
  load-tests/cpu-per-request.py GET '/api/families/{familyId}' 1000       ({familyId}, {planId}, {assessmentId}: the feeder's)
Needs python3 (standard library only)."""
import csv, http.client, os, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAMES = ['assessment-service', 'plan-service', 'referral-service', 'notification-service', 'reporting-service', 'gateway',
         'kafka', 'keycloak']


def ticks(pid):
    try:
        fields = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return 0


def pids():
    found = {}
    for name in NAMES:
        try:
            pid = int(open(f'{ROOT}/.earlyhelp/run/{name}.pid').read().strip())
        except (OSError, ValueError):
            continue
        if name == 'keycloak':  # its pid file is the launcher script's: measure the JVM it started
            children = subprocess.run(['pgrep', '-P', str(pid), 'java'], capture_output=True, text=True).stdout.split()
            pid = int(children[0]) if children else pid
        found[name] = pid
    return found


def snapshot(processes):
    now = {name: ticks(pid) for name, pid in processes.items()}
    now['postgresql'] = sum(ticks(p) for p in os.listdir('/proc') if p.isdigit() and open_comm(p) == 'postgres')
    return now


def open_comm(pid):
    try:
        return open(f'/proc/{pid}/comm').read().strip()
    except OSError:
        return ''


def main():
    method, path = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 500
    body = sys.argv[4] if len(sys.argv) > 4 else None
    token = subprocess.run([f'{ROOT}/earlyhelp', 'token', 'teacher'], capture_output=True, text=True, check=True).stdout.strip().split('\n')[-1]
    rows = list(csv.DictReader(open(f'{ROOT}/load-tests/target/seed/teacher-families.csv')))
    headers = {'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json'}
    connection = http.client.HTTPConnection('localhost', 8080)

    def call(i):
        connection.request(method, path.format(**rows[i % len(rows)]), body=body, headers=headers)
        answer = connection.getresponse()
        answer.read()
        return answer.status

    for i in range(min(100, n)):
        call(i)
    processes = pids()
    before, started, statuses = snapshot(processes), time.time(), {}
    for i in range(n):
        status = call(i)
        statuses[status] = statuses.get(status, 0) + 1
    elapsed, after = time.time() - started, snapshot(processes)
    hz = os.sysconf('SC_CLK_TCK')
    cost = {name: 1000 * (after[name] - before[name]) / hz / n for name in after}
    print(f'{method} {path}: n={n} statuses={statuses} wall {1000 * elapsed / n:.1f} ms/request; CPU ms/request: '
          + ' '.join(f'{name}={ms:.1f}' for name, ms in cost.items()) + f' total={sum(cost.values()):.1f}')


if __name__ == '__main__':
    main()
