//@ compile-fail
// `dedup` is declared in `impl<T: PartialEq> Vec<T>`: for a type without `PartialEq` the method
// does not exist there (E0599, "its trait bounds were not satisfied"), not an unmet bound (E0277).
struct Point(i32, i32);
fn main() {
    let mut v = vec![Point(1, 2), Point(1, 2)];
    v.dedup(); //~ ERROR E0599
    println!("{}", v.len());
}
