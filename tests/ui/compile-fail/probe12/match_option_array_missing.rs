//@ compile-fail
// `[Option<u8>; 2]` missing `[Some(_), Some(_)]`.
fn main() {
    let a = [Some(1u8), None];
    match a { //~ ERROR E0004
        [None, _] => println!("1"),
        [Some(_), None] => println!("2"),
    }
}
