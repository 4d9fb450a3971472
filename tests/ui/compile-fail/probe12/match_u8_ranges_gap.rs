//@ compile-fail
// `0..=100 | 102..=255` misses 101.
fn main() {
    let x: u8 = 5;
    match x { //~ ERROR E0004
        0..=100 => println!("low"),
        102..=255 => println!("high"),
    }
}
