//@ compile-fail
// A match on i8 from -127 to 127 misses i8::MIN (E0004).
fn main() {
    let x: i8 = 0;
    match x { //~ ERROR E0004
        -127..=127 => println!("in"),
    }
}
