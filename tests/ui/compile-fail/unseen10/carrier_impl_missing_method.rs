//@ compile-fail
// An impl of the Carrier trait forgets its required per_kg method.
trait Carrier {
    fn base(&self) -> u32;
    fn per_kg(&self) -> u32;
    fn quote(&self, kg: u32) -> u32 {
        self.base() + self.per_kg() * kg
    }
}

struct Postal;

impl Carrier for Postal { //~ ERROR E0046
    fn base(&self) -> u32 {
        300
    }
}

fn main() {
    println!("{}", Postal.quote(3));
}
