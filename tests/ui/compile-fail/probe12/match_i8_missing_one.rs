//@ compile-fail
// `-128..=0 | 2..=127` misses 1.
fn main() {
    let x: i8 = 0;
    match x { //~ ERROR E0004
        -128..=0 => println!("a"),
        2..=127 => println!("b"),
    }
}
