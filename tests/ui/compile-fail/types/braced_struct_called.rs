//@ compile-fail
// A struct with named fields called like a tuple struct.
struct Celsius {
    degrees: f64,
}

fn main() {
    let t = Celsius(21.5); //~ ERROR E0423
    println!("{}", t.degrees);
}
