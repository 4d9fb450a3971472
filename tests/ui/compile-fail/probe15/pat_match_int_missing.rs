//@ compile-fail
// A match on an i32 covering only some values (E0004).
fn main() {
    let n: i32 = 3;
    match n { //~ ERROR E0004
        0 => println!("zero"),
        1..=100 => println!("small"),
    }
}
