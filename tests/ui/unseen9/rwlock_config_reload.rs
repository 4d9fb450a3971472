// Worker threads read a shared configuration behind Arc<RwLock>; the main thread reloads it between rounds.
//@ no-stats
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};
use std::thread;

#[derive(Debug, Clone)]
struct Config {
    version: u32,
    limits: HashMap<String, u32>,
}

fn main() {
    let mut limits = HashMap::new();
    limits.insert("upload".to_string(), 10);
    limits.insert("download".to_string(), 50);
    let config = Arc::new(RwLock::new(Config { version: 1, limits }));
    let log = Arc::new(Mutex::new(Vec::new()));

    for round in 1..=2 {
        let mut handles = Vec::new();
        for (id, (kind, amount)) in [("upload", 7), ("download", 60), ("upload", 12)].into_iter().enumerate() {
            let config = Arc::clone(&config);
            let log = Arc::clone(&log);
            handles.push(thread::spawn(move || {
                let cfg = config.read().unwrap();
                let limit = cfg.limits.get(kind).copied().unwrap_or(0);
                let verdict = if amount <= limit { "ok" } else { "over limit" };
                log.lock().unwrap().push(format!(
                    "round {} worker {} v{}: {} {} of {} -> {}",
                    round, id, cfg.version, kind, amount, limit, verdict
                ));
                amount <= limit
            }));
        }
        let allowed = handles.into_iter().map(|h| h.join().unwrap()).filter(|ok| *ok).count();
        println!("round {}: {} of 3 requests allowed", round, allowed);
        {
            let mut cfg = config.write().unwrap();
            cfg.version += 1;
            for v in cfg.limits.values_mut() {
                *v += 5;
            }
        }
    }

    let mut lines = log.lock().unwrap().clone();
    lines.sort();
    for l in &lines {
        println!("{}", l);
    }
    let cfg = config.read().unwrap();
    let mut keys: Vec<_> = cfg.limits.iter().collect();
    keys.sort();
    println!("final config v{}: {:?}", cfg.version, keys);
    println!("strong count {}", Arc::strong_count(&config));
}
