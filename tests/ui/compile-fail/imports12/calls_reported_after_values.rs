//@ compile-fail
// rustc reports unresolved function calls after the other unresolved names, whatever their line.
fn main() {
    let a = undefined_helper(1); //~ ERROR E0425
    let b = unknown_value; //~ ERROR E0425
    let c: Unknown = 3; //~ ERROR E0425
    println!("{} {} {}", a, b, c);
}
