//@ compile-fail
// `vec![..].iter()` kept in a variable: the Vec is a temporary.
fn main() {
    let it = vec![1, 2, 3].iter(); //~ ERROR E0716
    println!("{}", it.count());
}
