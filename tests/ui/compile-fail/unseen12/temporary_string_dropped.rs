//@ compile-fail
// A &str is taken from a temporary String built by to_uppercase and kept past the statement.
fn main() {
    let name = "grace";
    let shout: &str = name.to_uppercase().as_str(); //~ ERROR E0716
    println!("{}", shout);
}
