//@ compile-fail
// A method of the hidden type (String::len) is not callable on `impl Clone`: callers see only the bounds.
fn make() -> impl Clone {
    String::from("a")
}

fn main() {
    let a = make();
    println!("{}", a.len()); //~ ERROR E0599
}
