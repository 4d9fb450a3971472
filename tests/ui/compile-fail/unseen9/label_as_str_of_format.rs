//@ compile-fail
// A label is built with format! and immediately borrowed with as_str, then used on the next line.
fn main() {
    let city = "Oslo";
    let temp = -3;
    let label = format!("{}: {}C", city, temp).as_str(); //~ ERROR E0716
    println!("{}", label);
}
