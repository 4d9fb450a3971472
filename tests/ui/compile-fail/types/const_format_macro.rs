//@ compile-fail
// `format!` allocates a `String`: not allowed in a constant (E0015 at the macro).
const LABEL: String = format!("n{}", 1); //~ ERROR E0015
//~^ ERROR E0015
fn main() {
    println!("{LABEL}");
}
