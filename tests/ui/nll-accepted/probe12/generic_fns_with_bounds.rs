// Generic functions with the bounds their bodies need.
use std::fmt::Display;
use std::ops::Add;
fn biggest<T: PartialOrd>(a: T, b: T) -> T {
    if a > b { a } else { b }
}
fn sum<T: Add<Output = T>>(a: T, b: T) -> T {
    a + b
}
fn dup<T: Clone>(x: &T) -> T {
    x.clone()
}
fn show<T: Display>(x: T) -> String {
    format!("<{x}>")
}
fn largest<T: PartialOrd>(list: &[T]) -> &T {
    let mut l = &list[0];
    for x in list {
        if x > l {
            l = x;
        }
    }
    l
}
fn main() {
    println!("{} {} {} {} {}", biggest(1, 2), sum(2, 3), dup(&4), show(5), largest(&[1, 9, 3]));
}
