//! `delai serve` started for real on a free loopback port, and a small
//! HTTP/1.1 client over a plain socket (the tests need to send half a
//! body, stall, or cut a connection, which a client library hides).
//! `#[path]`-included by the `http*` tests.

// Each test crate uses a part of these helpers.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A running server; killed when dropped.
pub struct Server {
    pub child: Child,
    pub addr: SocketAddr,
    /// Every line it wrote on stderr so far (JSON logs).
    pub log: Arc<Mutex<Vec<String>>>,
}

/// The repository's root, where rules paths are relative to.
pub fn root() -> std::path::PathBuf {
    env!("CARGO_MANIFEST_DIR").into()
}

impl Server {
    /// `delai serve RULES --addr 127.0.0.1:0 ARGS…`, once it listens.
    pub fn start(rules: &str, args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_delai"))
            .args(["serve", rules, "--addr", "127.0.0.1:0"])
            .args(args)
            .current_dir(root())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start delai serve");
        let log = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let stderr = BufReader::new(child.stderr.take().unwrap());
        let lines = log.clone();
        std::thread::spawn(move || {
            for line in stderr.lines().map_while(Result::ok) {
                if line.contains(r#""event":"listening""#) {
                    let v: serde_json::Value = serde_json::from_str(&line).unwrap();
                    let _ = tx.send(v["addr"].as_str().unwrap().parse::<SocketAddr>().unwrap());
                }
                lines.lock().unwrap().push(line);
            }
        });
        let addr = rx
            .recv_timeout(Duration::from_secs(20))
            .unwrap_or_else(|_| panic!("the server did not start: {:?}", log.lock().unwrap()));
        Server { child, addr, log }
    }

    /// Sends a signal (`TERM`, `HUP`) with `kill`.
    pub fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .args([&format!("-{name}"), &self.child.id().to_string()])
            .status()
            .expect("kill");
        assert!(status.success());
    }

    /// Waits for the process to end; its exit code.
    pub fn wait(&mut self, limit: Duration) -> Option<i32> {
        let start = Instant::now();
        while start.elapsed() < limit {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }

    /// A request with a whole body.
    pub fn call(&self, method: &str, path: &str, body: &[u8]) -> Reply {
        self.call_with(method, path, &[], body)
    }

    /// A request with extra headers.
    pub fn call_with(&self, method: &str, path: &str, headers: &[&str], body: &[u8]) -> Reply {
        let mut s = self.open(method, path, headers, Some(body.len()));
        s.write_all(body).unwrap();
        read_reply(s)
    }

    /// Opens a request and sends its head only; `length`: the body's
    /// announced length (`None`: chunked).
    pub fn open(
        &self,
        method: &str,
        path: &str,
        headers: &[&str],
        length: Option<usize>,
    ) -> TcpStream {
        let mut s = TcpStream::connect(self.addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n",
            self.addr
        );
        match length {
            Some(n) => head.push_str(&format!("Content-Length: {n}\r\n")),
            None => head.push_str("Transfer-Encoding: chunked\r\n"),
        }
        for h in headers {
            head.push_str(h);
            head.push_str("\r\n");
        }
        head.push_str("\r\n");
        s.write_all(head.as_bytes()).unwrap();
        s
    }

    /// Polls `GET path` until `until` holds of the reply (or panics after
    /// ten seconds).
    pub fn wait_for(&self, path: &str, until: impl Fn(&Reply) -> bool) -> Reply {
        let start = Instant::now();
        loop {
            let reply = self.call("GET", path, b"");
            if until(&reply) {
                return reply;
            }
            assert!(start.elapsed() < Duration::from_secs(10), "still {reply:?}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One chunk of a chunked body.
pub fn chunk(s: &mut TcpStream, bytes: &[u8]) {
    if !bytes.is_empty() {
        write!(s, "{:x}\r\n", bytes.len()).unwrap();
        s.write_all(bytes).unwrap();
        s.write_all(b"\r\n").unwrap();
    }
}

/// The last chunk of a chunked body.
pub fn end_chunks(s: &mut TcpStream) {
    s.write_all(b"0\r\n\r\n").unwrap();
}

/// An answer: its status, headers (names in lower case) and body; `whole`
/// is false when a chunked body broke off before its last chunk.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub whole: bool,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.text()))
    }
}

/// Reads an answer to its end (the server closes: `Connection: close`).
pub fn read_reply(s: TcpStream) -> Reply {
    let mut r = BufReader::new(s);
    let mut line = String::new();
    r.read_line(&mut line).unwrap();
    let status = line
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let mut headers = Vec::new();
    loop {
        line.clear();
        r.read_line(&mut line).unwrap();
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        let (n, v) = l.split_once(':').unwrap();
        headers.push((n.to_ascii_lowercase(), v.trim().to_string()));
    }
    let chunked = headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v == "chunked");
    let mut body = Vec::new();
    let mut whole = true;
    if chunked {
        whole = false;
        loop {
            line.clear();
            if r.read_line(&mut line).unwrap_or(0) == 0 {
                break;
            }
            let Ok(size) = usize::from_str_radix(line.trim(), 16) else {
                break;
            };
            if size == 0 {
                whole = true;
                break;
            }
            let mut part = vec![0; size + 2];
            if r.read_exact(&mut part).is_err() {
                break;
            }
            body.extend_from_slice(&part[..size]);
        }
    } else {
        let _ = r.read_to_end(&mut body);
    }
    Reply {
        status,
        headers,
        body,
        whole,
    }
}
