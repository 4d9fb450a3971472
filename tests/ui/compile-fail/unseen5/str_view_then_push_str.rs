//@ compile-fail
// A &str view of a String keeps it borrowed; push_str needs a mutable borrow.
fn main() {
    let mut log = String::from("boot ok");
    let head = &log[..4];
    log.push_str("; net ok"); //~ ERROR E0502
    println!("{} / {}", head, log);
}
