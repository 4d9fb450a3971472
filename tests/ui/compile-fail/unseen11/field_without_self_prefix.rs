//@ compile-fail
// A method refers to a field by its bare name instead of self.count.
struct Clicker {
    count: u32,
}

impl Clicker {
    fn click(&mut self) -> u32 {
        count += 1; //~ ERROR E0425
        self.count
    }
}

fn main() {
    let mut c = Clicker { count: 0 };
    println!("{}", c.click());
}
