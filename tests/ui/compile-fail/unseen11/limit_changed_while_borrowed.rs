//@ compile-fail
// A reference to the limit is held in a struct while the limit variable is reassigned.
struct Checker<'a> {
    limit: &'a u32,
}

impl<'a> Checker<'a> {
    fn ok(&self, v: u32) -> bool {
        v <= *self.limit
    }
}

fn main() {
    let mut limit = 10;
    let c = Checker { limit: &limit };
    limit = 20; //~ ERROR E0506
    println!("{} {}", c.ok(15), limit);
}
