//@ compile-fail
// A closure mutably borrowing `total` is still used after `total` is changed directly.
fn main() {
    let mut total = 0;
    let mut add = |x: i32| total += x;
    add(2);
    total += 1; //~ ERROR E0503
    add(3);
    println!("{}", total);
}
