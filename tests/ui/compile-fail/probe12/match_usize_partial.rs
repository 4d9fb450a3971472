//@ compile-fail
// `usize` with `0` and `1..=100`.
fn main() {
    let n: usize = 4;
    match n { //~ ERROR E0004
        0 => println!("zero"),
        1..=100 => println!("small"),
    }
}
