// A token-bucket rate limiter per client, driven by a simulated clock in milliseconds, with u64 arithmetic and HashMap lookups.
use std::collections::HashMap;

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    last_ms: u64,
}

struct Limiter {
    capacity: f64,
    refill_per_sec: f64,
    buckets: HashMap<String, Bucket>,
}

impl Limiter {
    fn new(capacity: f64, refill_per_sec: f64) -> Self {
        Limiter { capacity, refill_per_sec, buckets: HashMap::new() }
    }

    fn allow(&mut self, client: &str, now_ms: u64) -> bool {
        let cap = self.capacity;
        let rate = self.refill_per_sec;
        let b = self.buckets.entry(client.to_string()).or_insert(Bucket { tokens: cap, last_ms: now_ms });
        let elapsed = now_ms.saturating_sub(b.last_ms) as f64 / 1000.0;
        b.tokens = (b.tokens + elapsed * rate).min(cap);
        b.last_ms = now_ms;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            true
        } else {
            false
        }
    }

    fn tokens(&self, client: &str) -> Option<f64> {
        self.buckets.get(client).map(|b| b.tokens)
    }
}

fn main() {
    let mut lim = Limiter::new(3.0, 2.0);
    let requests = [
        ("alice", 0), ("alice", 10), ("alice", 20), ("alice", 30), ("bob", 40),
        ("alice", 500), ("alice", 510), ("bob", 600), ("alice", 2000), ("alice", 2001),
    ];
    let mut denied: HashMap<&str, u32> = HashMap::new();
    for (client, t) in requests {
        let ok = lim.allow(client, t);
        if !ok {
            *denied.entry(client).or_insert(0) += 1;
        }
        println!("{:>5} ms {:<5} {}", t, client, if ok { "allowed" } else { "DENIED" });
    }
    println!("alice denied {} times, bob {}", denied.get("alice").unwrap_or(&0), denied.get("bob").copied().unwrap_or(0));
    println!("alice tokens {:.2}", lim.tokens("alice").unwrap());
    println!("carol tokens {:?}", lim.tokens("carol"));
    println!("clients tracked: {}", lim.buckets.len());
}
