//@ compile-fail
// Arms that all have guards do not make a match exhaustive.
fn main() {
    let n = 3;
    match n { //~ ERROR E0004
        x if x > 0 => println!("pos"),
        x if x <= 0 => println!("non-pos"),
    }
}
