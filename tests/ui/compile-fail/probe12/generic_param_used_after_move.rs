//@ compile-fail
// A type parameter is not `Copy`: using it after a move is E0382.
fn twice<T>(x: T) -> (T, T) {
    let a = x;
    (a, x) //~ ERROR E0382
}
fn main() {
    let (a, b) = twice(1);
    println!("{a}{b}");
}
