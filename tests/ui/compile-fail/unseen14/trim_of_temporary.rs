//@ compile-fail
// Keeping a slice of a temporary String built by format! (E0716)
fn main() {
    let id = 42;
    let label = format!("  item-{}  ", id).trim(); //~ ERROR E0716
    println!("[{}]", label);
}
