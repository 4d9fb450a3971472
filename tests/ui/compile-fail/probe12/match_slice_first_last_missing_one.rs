//@ compile-fail
// `[] | [first, .., last]` misses `[_]`.
fn main() {
    let v = [1, 2, 3];
    match &v[..] { //~ ERROR E0004
        [] => println!("empty"),
        [first, .., last] => println!("{first}{last}"),
    }
}
