//@ compile-fail
// Keeping `.as_str()` of a String built on the spot, then using it, as a JavaScript string would stay alive.
fn main() {
    let first = "Ada";
    let label = format!("{}!", first).as_str(); //~ ERROR E0716
    println!("{}", label);
}
