#!/usr/bin/env python3
"""CPU per request, process by process: which part of the system one kind of request costs (the benchmark's
"where the time goes", per endpoint). Against a running, seeded system (./earlyhelp up --detach, then the seed),
sequential keep-alive requests through the gateway as the demo teacher, over the seeded families; it reads each
process's CPU from /proc before and after, less what each burns idle (its schedulers and consumers, measured over 5 s
with no request just before). The warm-up requests are not counted: run it after the benchmark's warm-up.
  load-tests/cpu-per-request.py METHOD PATH [N] [BODY]
  load-tests/cpu-per-request.py GET '/api/plans?leadProfessional=me&status=ACTIVE&size=20' 1000
  load-tests/cpu-per-request.py GET '/api/families/{familyId}' 1000       ({familyId}, {planId}, {assessmentId}: the feeder's;
                                                                          {n}: a number unique to the request, for bodies)
  load-tests/cpu-per-request.py --all [N] [OUT]   every request type of the benchmark's scenarios (REQUEST_TYPES), N each
                                                  (default 300), one line each, also written to OUT (a file) when given
Needs python3 (standard library only)."""
import csv, http.client, os, subprocess, sys, time, uuid

IDLE_SECONDS = 5

# The request types of the benchmark's scenarios (load-tests/src/test/.../Practitioners.java, FamilyWritesSimulation):
# label, method, path, body. The step-down and review outcome are journeys with state, measured there, not here.
REQUEST_TYPES = [
    ('family', 'GET', '/api/families/{familyId}', None),
    ('plan', 'GET', '/api/plans/{planId}', None),
    ('caseload', 'GET', '/api/plans?leadProfessional=me&status=ACTIVE&reviewDueBefore=2027-04-22&size=20', None),
    ('inbox', 'GET', '/api/notifications?unread=true&size=20', None),
    ('unread count', 'GET', '/api/notifications/unread-count', None),
    ('timeline', 'GET', '/api/families/{familyId}/timeline', None),
    ('assessment edit', 'PATCH', '/api/assessments/{assessmentId}',
     '{{"familyViews": "Mornings are easier since the walking bus started {n}"}}'),
    ('register family', 'POST', '/api/families',
     '{{"area": "isle-of-wight", "familyName": "Cpu{n}", "postcode": "PO30 1UD", "members": ['
     '{{"givenName": "Amy", "familyName": "Cpu{n}", "dateOfBirth": "2015-03-02", "role": "CHILD"}}, '
     '{{"givenName": "Beth", "familyName": "Cpu{n}", "dateOfBirth": "1988-07-02", "role": "PARENT"}}]}}'),
]

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
    if sys.argv[1] == '--all':
        n = int(sys.argv[2]) if len(sys.argv) > 2 else 300
        out = open(sys.argv[3], 'w') if len(sys.argv) > 3 else None
        for label, method, path, body in REQUEST_TYPES:
            line = label + ': ' + measure(method, path, n, body)
            print(line, flush=True)
            if out:
                out.write(line + '\n')
                out.flush()
        return
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 500
    print(f'{sys.argv[1]} {sys.argv[2]}: ' + measure(sys.argv[1], sys.argv[2], n, sys.argv[4] if len(sys.argv) > 4 else None))


def measure(method, path, n, body):
    """n requests after 100 not counted: 'n=... statuses={...} wall ... ms/request; CPU ms/request: name=ms ... total=ms'."""
    token = subprocess.run([f'{ROOT}/earlyhelp', 'token', 'teacher'], capture_output=True, text=True, check=True).stdout.strip().split('\n')[-1]
    rows = list(csv.DictReader(open(f'{ROOT}/load-tests/target/seed/teacher-families.csv')))
    headers = {'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json'}
    connection = http.client.HTTPConnection('localhost', 8080)

    run, sent = uuid.uuid4().hex[:8], [0]

    def call(i):
        sent[0] += 1  # {n} is new for every request, warm-up ones included: a family registered twice is a 409
        row = dict(rows[i % len(rows)], n=f'{run}x{sent[0]}')
        connection.request(method, path.format(**row), body=body.format(**row) if body else None, headers=headers)
        answer = connection.getresponse()
        answer.read()
        return answer.status

    for i in range(min(100, n)):
        call(i)
    processes = pids()
    # what each process burns with no request at all (schedulers, consumers' polls, the relay): subtracted below
    idle_from, idle_started = snapshot(processes), time.time()
    time.sleep(IDLE_SECONDS)
    idle_to, idle_elapsed = snapshot(processes), time.time() - idle_started
    before, started, statuses = snapshot(processes), time.time(), {}
    for i in range(n):
        status = call(i)
        statuses[status] = statuses.get(status, 0) + 1
    elapsed, after = time.time() - started, snapshot(processes)
    hz = os.sysconf('SC_CLK_TCK')
    idle_rate = {name: (idle_to[name] - idle_from[name]) / idle_elapsed for name in after}  # ticks per second
    cost = {name: max(0.0, 1000 * (after[name] - before[name] - idle_rate[name] * elapsed) / hz / n) for name in after}
    return (f'n={n} statuses={statuses} wall {1000 * elapsed / n:.1f} ms/request; CPU ms/request: '
            + ' '.join(f'{name}={ms:.2f}' for name, ms in cost.items()) + f' total={sum(cost.values()):.2f}')


if __name__ == '__main__':
    main()
