// A closure borrowing a Vec mutably is used, then the Vec is read once the closure is no longer used.
fn main() {
    let mut events: Vec<&str> = Vec::new();
    let mut record = |e| events.push(e);
    record("open");
    record("write");
    record("close");
    println!("{} events: {:?}", events.len(), events);
    events.clear();
    println!("{:?}", events);
}
