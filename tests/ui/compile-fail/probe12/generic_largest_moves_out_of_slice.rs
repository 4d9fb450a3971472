//@ compile-fail
// `let mut l = list[0];` moves out of a slice of a non-`Copy` `T`.
fn largest<T: PartialOrd>(list: &[T]) -> &T {
    let mut l = list[0]; //~ ERROR E0508
    for x in list {
        if *x > l {
            l = *x; //~ ERROR E0507
        }
    }
    &l //~ ERROR E0515
}
fn main() {
    println!("{}", largest(&[1, 5, 2]));
}
