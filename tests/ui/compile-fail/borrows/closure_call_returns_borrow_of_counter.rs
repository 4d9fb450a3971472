//@ compile-fail
// the closure's result is a borrow of its captured counter: the counter cannot be written while it lives
fn main() {
    let mut hits = 0;
    let peek = || &hits;
    let seen = peek();
    hits += 1; //~ ERROR E0506
    println!("{} {}", seen, hits);
}
