//@ compile-fail
// Reassigning a counter while a reference to it is still alive (E0506)
fn main() {
    let mut total = 10;
    let snapshot = &total;
    total = 20; //~ ERROR E0506
    println!("snapshot {} total {}", snapshot, total);
}
