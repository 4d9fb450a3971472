// A closure capturing only `stats.log` (precise capture) is called while `stats.count` is updated directly.
struct Stats {
    log: Vec<String>,
    count: u32,
}

fn main() {
    let mut stats = Stats { log: Vec::new(), count: 0 };
    let mut record = |msg: &str| stats.log.push(msg.to_uppercase());
    for w in ["get", "put", "get"] {
        stats.count += 1;
        record(w);
    }
    println!("{} {:?}", stats.count, stats.log);
}
