//@ compile-fail
// `for_each` over `iter()` with a closure taking the item by value (E0631).
fn main() {
    let v = vec![3, 1, 2];
    v.iter().for_each(|x: i32| println!("{}", x)); //~ ERROR E0631
}
