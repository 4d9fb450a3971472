//@ compile-fail
// A slice matched against `[]` and `[_]` only.
fn main() {
    let v = vec![1, 2];
    match v.as_slice() { //~ ERROR E0004
        [] => println!("empty"),
        [x] => println!("{x}"),
    }
}
