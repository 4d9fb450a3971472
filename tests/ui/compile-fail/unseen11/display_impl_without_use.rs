//@ compile-fail
// impl Display is written without importing std::fmt::Display.
struct Celsius(f64);

impl Display for Celsius { //~ ERROR E0405
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{:.1}°C", self.0)
    }
}

fn main() {
    println!("{}", Celsius(21.5));
}
