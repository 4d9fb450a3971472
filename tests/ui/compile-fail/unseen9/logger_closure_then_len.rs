//@ compile-fail
// A closure pushing into the log is created, the log's length is printed, then the closure is called again.
fn main() {
    let mut log: Vec<String> = Vec::new();
    let mut record = |event: &str| log.push(event.to_string());
    record("start");
    println!("{} events", log.len()); //~ ERROR E0502
    record("stop");
}
