//@ compile-fail
// `0..=127 | 128..=254` misses 255.
fn main() {
    let x: u8 = 0;
    match x { //~ ERROR E0004
        0..=127 => println!("a"),
        128..=254 => println!("b"),
    }
}
