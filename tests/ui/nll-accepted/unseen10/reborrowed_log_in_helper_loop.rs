// A &mut Vec parameter is reborrowed by a helper on each iteration and used directly afterwards.
fn record(log: &mut Vec<String>, event: &str) {
    log.push(event.to_uppercase());
}

fn run(log: &mut Vec<String>, events: &[&str]) {
    for e in events {
        record(log, e);
        if log.len() % 2 == 0 {
            record(log, "tick");
        }
    }
    log.push(format!("{} entries", log.len()));
}

fn main() {
    let mut log = Vec::new();
    run(&mut log, &["start", "load", "save"]);
    println!("{:?}", log);
}
