//! Work on a stream of items, on every core, handed on in input order.
//!
//! Worker threads (scoped, one per core unless told otherwise) each take
//! the input lock, pull the next item and number it, then work on it on
//! their own (allocations stay thread-local). The calling thread receives
//! the outputs and hands them to the caller's sink in input order,
//! holding the few that come early.
//!
//! Workers never wait for each other: a worker that the system puts aside
//! (a loaded machine) holds back only its own item, not a whole group.
//! At most [`Flight::limit`] items are taken and not yet handed on, so
//! memory does not grow with the input. When the sink fails (a closed
//! pipe), the workers stop pulling items.
//!
//! On wasm32, or with one thread, the same work runs item after item on
//! the calling thread.

/// `Send` where items cross threads (natively); every type on wasm32,
/// where the pipeline runs on the calling thread (JavaScript values are
/// not `Send`).
#[cfg(not(target_arch = "wasm32"))]
pub trait MaybeSend: Send {}
#[cfg(not(target_arch = "wasm32"))]
impl<T: Send> MaybeSend for T {}
/// `Send` where items cross threads (natively); every type on wasm32.
#[cfg(target_arch = "wasm32")]
pub trait MaybeSend {}
#[cfg(target_arch = "wasm32")]
impl<T> MaybeSend for T {}

/// `Sync` where workers share it (natively); every type on wasm32.
#[cfg(not(target_arch = "wasm32"))]
pub trait MaybeSync: Sync {}
#[cfg(not(target_arch = "wasm32"))]
impl<T: Sync> MaybeSync for T {}
/// `Sync` where workers share it (natively); every type on wasm32.
#[cfg(target_arch = "wasm32")]
pub trait MaybeSync {}
#[cfg(target_arch = "wasm32")]
impl<T> MaybeSync for T {}

/// `work` on each item, on `threads` threads (0: one per core), its
/// outputs handed to `sink` in input order. The first error of `sink`
/// stops the work (items not yet pulled are not read) and is returned.
pub(crate) fn in_order<T, A, E>(
    items: impl Iterator<Item = T> + MaybeSend,
    threads: usize,
    work: impl Fn(T) -> A + MaybeSync,
    mut sink: impl FnMut(A) -> Result<(), E>,
) -> Result<(), E>
where
    T: MaybeSend,
    A: MaybeSend,
{
    #[cfg(not(target_arch = "wasm32"))]
    {
        let threads = match threads {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n,
        };
        if threads > 1 {
            return threaded::in_order(items, threads, &work, sink);
        }
    }
    #[cfg(target_arch = "wasm32")]
    let _ = threads;
    for item in items {
        sink(work(item))?;
    }
    Ok(())
}

#[cfg(not(target_arch = "wasm32"))]
mod threaded {
    use std::collections::BTreeMap;
    use std::sync::mpsc::channel;
    use std::sync::{Condvar, Mutex};

    /// Items taken and not yet handed on: a worker waits before taking
    /// one more than `limit` (memory stays flat even when one worker is
    /// slow).
    struct Flight {
        state: Mutex<FlightState>,
        changed: Condvar,
        limit: usize,
    }

    struct FlightState {
        in_flight: usize,
        /// The sink stopped (a closed pipe): take no more.
        stopped: bool,
    }

    impl Flight {
        fn new(limit: usize) -> Flight {
            Flight {
                state: Mutex::new(FlightState {
                    in_flight: 0,
                    stopped: false,
                }),
                changed: Condvar::new(),
                limit,
            }
        }

        /// Waits for room for one more item; `false` once the sink stopped.
        fn enter(&self) -> bool {
            let Ok(mut s) = self.state.lock() else {
                return false;
            };
            while s.in_flight >= self.limit && !s.stopped {
                s = match self.changed.wait(s) {
                    Ok(s) => s,
                    Err(_) => return false,
                };
            }
            s.in_flight += 1;
            !s.stopped
        }

        /// One item handed on (or dropped).
        fn leave(&self) {
            if let Ok(mut s) = self.state.lock() {
                s.in_flight = s.in_flight.saturating_sub(1);
            }
            self.changed.notify_one();
        }

        fn stop(&self) {
            if let Ok(mut s) = self.state.lock() {
                s.stopped = true;
            }
            self.changed.notify_all();
        }
    }

    pub(super) fn in_order<T: Send, A: Send, E>(
        items: impl Iterator<Item = T> + Send,
        threads: usize,
        work: &(impl Fn(T) -> A + Sync),
        mut sink: impl FnMut(A) -> Result<(), E>,
    ) -> Result<(), E> {
        let flight = &Flight::new(4 * threads + 4);
        let input = &Mutex::new((items, 0u64));
        std::thread::scope(|scope| {
            let (done_tx, done_rx) = channel::<(u64, A)>();
            for _ in 0..threads {
                let done_tx = done_tx.clone();
                scope.spawn(move || loop {
                    if !flight.enter() {
                        break;
                    }
                    // Taken under the lock: items are numbered in input order.
                    let next = match input.lock() {
                        Ok(mut input) => {
                            let (items, seq) = &mut *input;
                            let next = items.next().map(|item| (*seq, item));
                            *seq += 1;
                            next
                        }
                        Err(_) => None,
                    };
                    let Some((seq, item)) = next else {
                        flight.leave();
                        break;
                    };
                    if done_tx.send((seq, work(item))).is_err() {
                        break; // the sink stopped
                    }
                });
            }
            drop(done_tx);
            let handed = (|| {
                // Outputs that came before their turn.
                let mut early = BTreeMap::new();
                let mut next = 0u64;
                for (seq, done) in &done_rx {
                    early.insert(seq, done);
                    while let Some(done) = early.remove(&next) {
                        sink(done)?;
                        next += 1;
                        flight.leave();
                    }
                }
                Ok(())
            })();
            // Whatever happened, no worker waits for room any more.
            flight.stop();
            drop(done_rx);
            handed
        })
    }
}

#[cfg(test)]
mod tests {
    use super::in_order;

    #[test]
    fn outputs_come_in_input_order_on_any_number_of_threads() {
        for threads in [1, 2, 3, 8] {
            let mut got = Vec::new();
            let r: Result<(), ()> = in_order(
                0..1000u64,
                threads,
                |i| i * i,
                |o| {
                    got.push(o);
                    Ok(())
                },
            );
            assert!(r.is_ok());
            let want: Vec<u64> = (0..1000u64).map(|i| i * i).collect();
            assert_eq!(got, want, "{threads} threads");
        }
    }

    #[test]
    fn a_failing_sink_stops_the_reading() {
        use std::sync::atomic::{AtomicU64, Ordering};
        for threads in [1, 4] {
            let pulled = AtomicU64::new(0);
            let items = (0..1_000_000u64).inspect(|_| {
                pulled.fetch_add(1, Ordering::Relaxed);
            });
            let mut handed = 0;
            let r = in_order(
                items,
                threads,
                |i| i,
                |i| {
                    handed += 1;
                    if i == 10 {
                        Err(i)
                    } else {
                        Ok(())
                    }
                },
            );
            assert_eq!(r, Err(10));
            assert_eq!(handed, 11);
            // A bounded number of items in flight past the failing one.
            assert!(pulled.load(Ordering::Relaxed) < 100, "{threads} threads");
        }
    }
}
