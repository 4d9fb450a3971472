//@ compile-fail
// A generic `T` without Copy used twice by value.
fn twice<T>(x: T) -> (T, T) {
    (x, x) //~ ERROR E0382
}
fn main() {
    println!("{:?}", twice(1));
}
