//@ compile-fail
// The Book's first `largest<T>`: comparing `&T` needs `T: PartialOrd` (E0369, types shown as `&T`).
fn largest<T>(list: &[T]) -> &T {
    let mut largest = &list[0];
    for item in list {
        if item > largest { //~ ERROR E0369
            largest = item;
        }
    }
    largest
}

fn main() {
    let numbers = vec![34, 50, 25, 100, 65];
    println!("The largest number is {}", largest(&numbers));
}
