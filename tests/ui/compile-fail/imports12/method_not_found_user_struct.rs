//@ compile-fail
// A method the struct does not have at all: rustc points at the struct.
struct Thermometer {
    celsius: f64,
}

fn main() {
    let t = Thermometer { celsius: 20.0 };
    println!("{}", t.to_fahrenheit()); //~ ERROR E0599
}
