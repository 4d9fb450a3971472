//@ compile-fail
// A reference bound in a match arm kept while the scrutinee is mutated.
fn main() {
    let mut v = vec![1, 2];
    match v.first() {
        Some(x) => {
            v.push(*x); //~ ERROR E0502
            println!("{}", x);
        }
        None => {}
    }
}
