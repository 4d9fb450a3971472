// Operators reached through generic bounds (`T: Add<Output = T>`) on primitive types, and an
// overflow inside the generic function (reported at the operator, as rustc's std impls do).
use std::ops::{Add, Div, Mul, Neg, Rem, Sub};

fn sum_all<T: Add<Output = T> + Copy>(items: &[T], zero: T) -> T {
    let mut acc = zero;
    for x in items {
        acc = acc + *x;
    }
    acc
}

fn combine<T>(a: T, b: T) -> (T, T, T, T)
where
    T: Sub<Output = T> + Mul<Output = T> + Div<Output = T> + Rem<Output = T> + Copy,
{
    (a - b, a * b, a / b, a % b)
}

fn negate<T: Neg<Output = T>>(x: T) -> T {
    -x
}

fn main() {
    println!("{}", sum_all(&[1, 2, 3, 4], 0));
    println!("{}", sum_all(&[1.5, 2.25], 0.0));
    println!("{:?}", combine(17u8, 5));
    println!("{:?}", combine(-17i64, 5));
    println!("{:?}", combine(7.5f32, 2.0));
    println!("{} {}", negate(5i32), negate(-2.5f64));
    let bytes: [u8; 3] = [200, 50, 10];
    println!("{}", sum_all(&bytes, 0));
}
