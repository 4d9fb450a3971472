//@ compile-fail
// A generic largest without a Copy bound moves an element out of the slice (E0508)
fn largest<T: PartialOrd>(list: &[T]) -> T {
    let mut largest = list[0]; //~ ERROR E0508
    for item in list {
        if *item > largest {
            largest = *item; //~ ERROR E0507
        }
    }
    largest
}

fn main() {
    println!("{}", largest(&[1, 5, 2]));
}
