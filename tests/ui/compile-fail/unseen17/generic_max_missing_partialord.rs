//@ compile-fail
// A generic max helper compares T values with `>` without a PartialOrd bound.
fn largest<T: Copy>(items: &[T]) -> T {
    let mut best = items[0];
    for &item in items {
        if item > best { //~ ERROR E0369
            best = item;
        }
    }
    best
}

fn main() {
    println!("{}", largest(&[3, 9, 2]));
}
