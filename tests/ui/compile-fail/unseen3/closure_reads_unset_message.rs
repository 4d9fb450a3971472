//@ compile-fail
// A closure captures a variable that is declared but never given a value.
fn main() {
    let msg: String;
    let show = || println!("{}", msg); //~ ERROR E0381
    show();
}
