//@ compile-fail
// A closure reading a Vec borrows it; pushing before the closure's last call conflicts.
fn main() {
    let mut log: Vec<&str> = Vec::new();
    let show = || println!("{} entries", log.len());
    log.push("started"); //~ ERROR E0502
    show();
}
