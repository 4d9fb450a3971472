//@ compile-fail
// `sort_by` with a comparator taking both elements by value (E0631).
fn main() {
    let mut v = vec![3, 1, 2];
    v.sort_by(|a: i32, b: i32| a.cmp(&b)); //~ ERROR E0631
    println!("{:?}", v);
}
