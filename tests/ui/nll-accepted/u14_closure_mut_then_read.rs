// A closure mutably capturing a Vec is last called before the Vec is read directly
fn main() {
    let mut events = Vec::new();
    let mut record = |e: &str| events.push(e.to_uppercase());
    record("start");
    record("tick");
    record("stop");
    println!("{} events: {:?}", events.len(), events);
    events.retain(|e| e != "TICK");
    println!("{:?}", events);
}
