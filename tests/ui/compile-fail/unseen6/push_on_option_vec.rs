//@ compile-fail
// Calling a Vec method on an Option<Vec<_>> without unwrapping it.
fn main() {
    let mut maybe_list: Option<Vec<i32>> = Some(Vec::new());
    maybe_list.push(1); //~ ERROR E0599
    println!("{:?}", maybe_list);
}
