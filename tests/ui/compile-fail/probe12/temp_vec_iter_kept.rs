//@ compile-fail
// An iterator over a temporary `Vec` kept past the statement (E0716).
fn main() {
    let it = vec![1, 2].iter(); //~ ERROR E0716
    println!("{}", it.count());
}
