#!/usr/bin/env python3
"""Fault run of `delai serve` (.ci/http-tests): valid requests and batches
keep flowing while others send malformed, truncated, huge and slow bodies,
the rules file is saved broken and fixed again every second with a SIGHUP
beside, and at the end SIGTERM arrives with a batch in flight.

Passes when: zero failed requests with valid input, zero panics in the
server's log, no case lost from any batch, every bad request refused with
its 4xx, and the server exits 0 after finishing the batch in flight.
Standard library only. Usage: http-faults.py DELAI SECONDS
"""
import http.client, json, os, shutil, signal, socket, subprocess, sys, tempfile, threading, time

delai, seconds = sys.argv[1], float(sys.argv[2])
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
work = tempfile.mkdtemp(prefix="delai-faults-")
rules = os.path.join(work, "rules.delai")
good = open(os.path.join(root, "tests/fixtures/city.delai"), encoding="utf-8").read()
shutil.copy(os.path.join(root, "tests/fixtures/city.delai"), rules)

server = subprocess.Popen(
    [delai, "serve", rules, "--addr", "127.0.0.1:0", "--timeout", "2", "--max-body", "65536", "--concurrency", "512"],
    stderr=subprocess.PIPE, text=True)
log = []
ready = threading.Event()
addr = {}
def read_log():
    for line in server.stderr:
        log.append(line)
        if '"event":"listening"' in line:
            host, port = json.loads(line)["addr"].rsplit(":", 1)
            addr["host"], addr["port"] = host, int(port)
            ready.set()
threading.Thread(target=read_log, daemon=True).start()
if not ready.wait(20):
    sys.exit("the server did not start")

stop = threading.Event()
counts = {"valid": 0, "valid-failed": 0, "batches": 0, "cases": 0, "cases-lost": 0, "bad": 0, "bad-wrong": 0, "reloads": 0}
lock = threading.Lock()
def count(key, n=1):
    with lock:
        counts[key] += n

def call(method, path, body=None, timeout=30):
    c = http.client.HTTPConnection(addr["host"], addr["port"], timeout=timeout)
    c.request(method, path, body=body, headers={"Content-Type": "application/json"})
    r = c.getresponse()
    data = r.read()
    c.close()
    return r.status, data

DUE = json.dumps({"standard": "written-requests", "start": "2025-06-20 10:00", "attributes": {"channel": "mail"}})
def valid_worker():
    while not stop.is_set():
        try:
            status, data = call("POST", "/v1/due", DUE)
            ok = status == 200 and json.loads(data)["value"]["due"] == "2025-07-08T23:59:59-04:00"
        except Exception as e:
            ok = False
            print("valid request failed:", e, file=sys.stderr)
        count("valid")
        if not ok:
            count("valid-failed")

def cases(n, tag):
    return "".join(json.dumps({"id": f"{tag}-{i}", "attributes": {"channel": "mail"},
                               "events": {"received": "2025-06-20 10:00"}}) + "\n" for i in range(n)).encode()

def judged_ids(data):
    return {json.loads(line)["case"] for line in data.decode().splitlines() if line.strip()}

def batch_worker():
    k = 0
    while not stop.is_set():
        k += 1
        n = 5000
        try:
            status, data = call("POST", "/v1/check/batch?asOf=2025-07-01", cases(n, f"b{k}"))
            lost = n - len(judged_ids(data)) if status == 200 else n
        except Exception as e:
            print("batch failed:", e, file=sys.stderr)
            lost = n
        count("batches"); count("cases", n); count("cases-lost", lost)

def raw(payload):
    """Sends bytes on a socket, optionally stalls, and returns the status."""
    s = socket.create_connection((addr["host"], addr["port"]), timeout=30)
    s.sendall(payload)
    reply = b""
    while True:
        part = s.recv(65536)
        if not part:
            break
        reply += part
    s.close()
    return int(reply.split(b" ", 2)[1]) if reply else 0

def bad_worker():
    huge = b'{"standard": "' + b"x" * 200_000 + b'"}'
    head = lambda n: f"POST /v1/due HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: {n}\r\n\r\n".encode()
    cases_ = [
        ("malformed", lambda: call("POST", "/v1/due", "{bad")[0], 400),
        ("truncated", lambda: call("POST", "/v1/due", DUE[: len(DUE) // 2])[0], 400),
        ("not utf-8", lambda: call("POST", "/v1/due", b"\xff\xfe\x00")[0], 400),
        ("huge", lambda: call("POST", "/v1/due", huge)[0], 413),
        # Ten bytes of the body, then silence: the server's timeout (2 s).
        ("slow client", lambda: raw(head(len(DUE)) + DUE[:10].encode()), 408),
    ]
    while not stop.is_set():
        for name, f, want in cases_:
            try:
                got = f()
            except Exception as e:
                got = repr(e)
            count("bad")
            if got != want:
                count("bad-wrong")
                print(f"{name}: {got}, not {want}", file=sys.stderr)

def flipper():
    broken = True
    while not stop.is_set():
        time.sleep(0.5)
        with open(rules, "w", encoding="utf-8") as f:
            f.write(good + ("\nstandard \"oops\" {\n" if broken else ""))
        broken = not broken
        time.sleep(0.5)
        server.send_signal(signal.SIGHUP)
        count("reloads")

threads = [threading.Thread(target=f) for f in [valid_worker] * 4 + [batch_worker, bad_worker, flipper]]
for t in threads:
    t.start()
time.sleep(seconds)
stop.set()
for t in threads:
    t.join()

# SIGTERM with a batch in flight: the batch finishes whole.
c = socket.create_connection((addr["host"], addr["port"]), timeout=60)
body = cases(20000, "last")
c.sendall(f"POST /v1/check/batch?asOf=2025-07-01 HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: {len(body)}\r\n\r\n".encode())
c.sendall(body[: len(body) // 2])
time.sleep(0.3)
server.send_signal(signal.SIGTERM)
time.sleep(0.3)
c.sendall(body[len(body) // 2:])
reply = b""
while True:
    part = c.recv(1 << 16)
    if not part:
        break
    reply += part
head, _, rest = reply.partition(b"\r\n\r\n")
# Chunked: keep the JSON lines only.
lines = [l for l in rest.split(b"\r\n") if l.startswith(b"{")]
last_ids = judged_ids(b"\n".join(lines))
code = server.wait(timeout=30)
panics = [l for l in log if "panick" in l]
print(json.dumps(counts))
whole = rest.endswith(b"0\r\n\r\n")
print(f"SIGTERM: in-flight batch {len(last_ids)}/20000 cases, exit code {code}, whole answer {whole}")
ok = (counts["valid-failed"] == 0 and counts["cases-lost"] == 0 and counts["bad-wrong"] == 0 and not panics
      and len(last_ids) == 20000 and whole and code == 0 and counts["valid"] > 0 and counts["batches"] > 0)
shutil.rmtree(work, ignore_errors=True)
sys.exit(0 if ok else 1)
