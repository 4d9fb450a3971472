//@ compile-fail
// An iterator over a temporary vector is used after the statement.
fn main() {
    let it = vec![1, 2, 3].iter(); //~ ERROR E0716
    for x in it {
        println!("{}", x);
    }
}
