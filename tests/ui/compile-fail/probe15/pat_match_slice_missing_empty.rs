//@ compile-fail
// A slice match without the empty case (E0004).
fn main() {
    let v = vec![1];
    match v.as_slice() { //~ ERROR E0004
        [x] => println!("{}", x),
        [x, ..] => println!("{}..", x),
    }
}
