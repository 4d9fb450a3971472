// Retrying a flaky operation: FnMut closures with state, exponential backoff computed with checked_mul and saturating_add.
#[derive(Debug)]
enum NetError {
    Timeout(u32),
    Refused,
}

fn retry<T, F>(max_attempts: u32, base_ms: u64, mut op: F) -> (Result<T, NetError>, u64)
where
    F: FnMut(u32) -> Result<T, NetError>,
{
    let mut waited = 0u64;
    let mut attempt = 1;
    loop {
        match op(attempt) {
            Ok(v) => return (Ok(v), waited),
            Err(NetError::Refused) => return (Err(NetError::Refused), waited),
            Err(e) if attempt == max_attempts => return (Err(e), waited),
            Err(_) => {
                let delay = base_ms.checked_mul(1 << (attempt - 1)).unwrap_or(u64::MAX);
                waited = waited.saturating_add(delay.min(5_000));
                attempt += 1;
            }
        }
    }
}

fn main() {
    let mut calls = Vec::new();
    let (r, waited) = retry(5, 100, |n| {
        calls.push(n);
        if n < 3 { Err(NetError::Timeout(n * 250)) } else { Ok(format!("payload after {} tries", n)) }
    });
    println!("{:?} waited {} ms, calls {:?}", r, waited, calls);

    let mut budget = 2;
    let (r2, w2): (Result<u8, NetError>, u64) = retry(4, 300, |n| {
        budget -= 1;
        if budget < 0 { Err(NetError::Refused) } else { Err(NetError::Timeout(n)) }
    });
    println!("{:?} waited {} ms, budget {}", r2, w2, budget);

    let (r3, w3) = retry(12, 50, |n| Err::<(), _>(NetError::Timeout(n)));
    match r3 {
        Err(NetError::Timeout(last)) => println!("gave up at attempt {} after {} ms", last, w3),
        other => println!("unexpected {:?}", other),
    }
    let mut log = String::new();
    let (r4, _) = retry(3, 10, |n| {
        log.push_str(&format!("#{} ", n));
        Ok::<u32, NetError>(n * 7)
    });
    println!("{:?} log={}", r4.unwrap(), log.trim_end());
    let big = 1u64 << 62;
    println!("overflowing backoff: {:?} {:?}", big.checked_mul(4), 7u64.checked_mul(3));
}
