//@ compile-fail
// Comparing an f64 with an integer literal (E0308).
fn main() {
    let x = 1.0f64;
    if x == 1 { //~ ERROR E0308
        println!("one");
    }
}
