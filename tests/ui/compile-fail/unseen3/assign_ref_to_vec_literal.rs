//@ compile-fail
// A reference assigned (not `let`-bound) to a `vec![]` temporary: no lifetime extension.
fn main() {
    let r: &Vec<i32>;
    r = &vec![1, 2, 3]; //~ ERROR E0716
    println!("{:?}", r);
}
