//@ compile-fail
// `format!(..).as_str()` borrows a String that is dropped at the end of the `let`.
fn main() {
    let n = 7;
    let label = format!("#{}", n).as_str(); //~ ERROR E0716
    println!("label {}", label);
}
