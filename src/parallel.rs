//! Work on many cards on every core, results taken in the cards' order (exports, where
//! the pages of a document must follow the exhibition's order).

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Mutex, mpsc};

/// Runs `work` on each of `items` on one thread per worker state in `workers`, and hands
/// the results to `take` on this thread in the items' order. At most two items per worker
/// are in flight at once, so memory does not grow with the number of items. The first
/// error (from the items, `work` or `take`) stops the run and is returned; a panic in
/// `work` is carried on to this thread (the other workers stop, nothing waits forever).
pub fn in_order<S, I, T, E>(
    workers: Vec<S>,
    items: impl IntoIterator<Item = Result<I, E>>,
    work: impl Fn(&mut S, usize, I) -> Result<T, E> + Sync,
    mut take: impl FnMut(T) -> Result<(), E>,
) -> Result<(), E>
where
    S: Send,
    I: Send,
    T: Send,
    E: Send,
{
    let in_flight = 2 * workers.len().max(1);
    let (job_tx, job_rx) = mpsc::channel::<(usize, I)>();
    let (done_tx, done_rx) = mpsc::channel::<(usize, std::thread::Result<Result<T, E>>)>();
    let jobs = Mutex::new(job_rx);
    std::thread::scope(|scope| {
        // Owned here, so that it closes when this returns and idle workers stop.
        let job_tx = job_tx;
        for mut state in workers {
            let (jobs, done_tx, work) = (&jobs, done_tx.clone(), &work);
            scope.spawn(move || {
                loop {
                    // The lock is held only while waiting for the next item.
                    let job = jobs
                        .lock()
                        .map_err(|_| ())
                        .and_then(|r| r.recv().map_err(|_| ()));
                    let Ok((n, item)) = job else { break };
                    let result =
                        panic::catch_unwind(AssertUnwindSafe(|| work(&mut state, n, item)));
                    let panicked = result.is_err();
                    if done_tx.send((n, result)).is_err() || panicked {
                        break;
                    }
                }
            });
        }
        drop(done_tx);
        let mut items = items.into_iter().enumerate();
        let (mut sent, mut taken) = (0, 0);
        let mut early = BTreeMap::new();
        loop {
            while sent - taken < in_flight {
                let Some((n, item)) = items.next() else { break };
                // A closed channel means every worker stopped: reported below.
                let _ = job_tx.send((n, item?));
                sent += 1;
            }
            if taken == sent {
                return Ok(());
            }
            // Every worker sends a result for each item it takes, even when `work` panics.
            let Ok((n, result)) = done_rx.recv() else {
                unreachable!("a worker left without its result");
            };
            early.insert(n, result);
            while let Some(result) = early.remove(&taken) {
                take(result.unwrap_or_else(|p| panic::resume_unwind(p))?)?;
                taken += 1;
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_order_from_every_worker() {
        let mut seen = Vec::new();
        let items = (0..100u64).map(Ok::<_, String>);
        in_order(
            vec![(), (), ()],
            items,
            |_, n, item| {
                // Later items finish first now and then.
                std::thread::sleep(std::time::Duration::from_micros((100 - item) % 7 * 50));
                Ok((n, item * 2))
            },
            |r| {
                seen.push(r);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(
            seen,
            (0..100).map(|i| (i as usize, i * 2)).collect::<Vec<_>>()
        );
    }

    #[test]
    #[should_panic(expected = "a bug on item 7")]
    fn a_panic_in_a_worker_reaches_the_caller() {
        let _ = in_order(
            vec![(), ()],
            (0..40).map(Ok::<_, String>),
            |_, _, item: i32| {
                assert_ne!(item, 7, "a bug on item 7");
                Ok(item)
            },
            |_| Ok(()),
        );
    }

    #[test]
    fn the_first_error_stops_the_run() {
        let mut taken = 0;
        let result = in_order(
            vec![(), ()],
            (0..50).map(Ok),
            |_, _, item: i32| {
                if item == 10 {
                    Err(format!("card {item}"))
                } else {
                    Ok(item)
                }
            },
            |_| {
                taken += 1;
                Ok(())
            },
        );
        assert_eq!(result, Err("card 10".to_string()));
        assert_eq!(taken, 10);
    }
}
