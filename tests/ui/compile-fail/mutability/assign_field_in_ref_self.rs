//@ compile-fail
// A `&self` method assigning a field.
struct Light {
    on: bool,
}

impl Light {
    fn toggle(&self) {
        self.on = !self.on; //~ ERROR E0594
    }
}

fn main() {
    let l = Light { on: false };
    l.toggle();
    println!("{}", l.on);
}
