//@ compile-fail
// A bound `T: Into` without the target type (E0107).
fn show<T: Into>(x: T) -> String { //~ ERROR E0107
    let _ = x;
    String::new()
}
fn main() {
    println!("{}", show(1));
}
