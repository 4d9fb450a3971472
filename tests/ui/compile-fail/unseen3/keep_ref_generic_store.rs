//@ compile-fail
// A generic helper stores an anonymously borrowed item into a store of `&'a T`.
fn keep<'a, T>(store: &mut Vec<&'a T>, item: &T) {
    store.push(item); //~ ERROR E0621
}

fn main() {
    let a = 1;
    let mut v = Vec::new();
    keep(&mut v, &a);
    println!("{:?}", v);
}
