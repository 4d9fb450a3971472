//@ compile-fail
// `0` and `1..` leave the negative `i32`s.
fn main() {
    let x: i32 = -4;
    match x { //~ ERROR E0004
        0 => println!("zero"),
        1.. => println!("pos"),
    }
}
