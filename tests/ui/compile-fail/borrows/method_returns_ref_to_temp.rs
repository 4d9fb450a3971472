//@ compile-fail
// A method returning a reference to a value it just created.
struct Temperature {
    celsius: f64,
}

impl Temperature {
    fn describe(&self) -> &str {
        let s = format!("{} C", self.celsius);
        &s //~ ERROR E0515
    }
}

fn main() {
    let t = Temperature { celsius: 21.5 };
    println!("{}", t.describe());
}
