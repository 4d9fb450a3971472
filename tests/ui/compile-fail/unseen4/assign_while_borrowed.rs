//@ compile-fail
// Assigning to a variable while a reference to it is alive.
fn main() {
    let mut best = 10;
    let r = &best;
    best = 20; //~ ERROR E0506
    println!("{} {}", r, best);
}
