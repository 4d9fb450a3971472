//@ compile-fail
// A method of the concrete type is called on a `&dyn Payable`, which only offers the trait's methods.
trait Payable {
    fn monthly(&self) -> u64;
}

struct Hourly {
    rate: u64,
    hours: u64,
}

impl Hourly {
    fn overtime(&self) -> u64 {
        self.hours.saturating_sub(160) * self.rate
    }
}

impl Payable for Hourly {
    fn monthly(&self) -> u64 {
        self.rate * self.hours
    }
}

fn main() {
    let h = Hourly { rate: 20, hours: 170 };
    let staff: Vec<&dyn Payable> = vec![&h];
    for p in &staff {
        println!("{} {}", p.monthly(), p.overtime()); //~ ERROR E0599
    }
}
