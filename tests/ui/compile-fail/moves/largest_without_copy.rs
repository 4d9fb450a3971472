//@ compile-fail
// The generic `largest<T: PartialOrd>` without a Copy bound moves elements out of a slice.
fn largest<T: PartialOrd>(list: &[T]) -> T {
    let mut largest = list[0]; //~ ERROR E0508
    for &item in list { //~ ERROR E0507
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn main() {
    println!("{}", largest(&[1, 5, 2]));
}
