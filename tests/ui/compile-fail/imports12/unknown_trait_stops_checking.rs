//@ compile-fail
// rustc stops after name resolution when a trait is not found: the type error below is not reported.
struct Temperature(f64);

impl Display for Temperature { //~ ERROR E0405
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{:.1}°C", self.0)
    }
}

fn main() {
    let t = Temperature(21.5);
    let label: i32 = "chaud";
    println!("{} {}", t, label);
}
