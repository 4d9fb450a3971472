//@ compile-fail
// `format!` without arguments still calls the non-`const` `format` function in a constant.
const LABEL: String = format!("plain"); //~ ERROR E0015
fn main() {
    println!("{LABEL}");
}
