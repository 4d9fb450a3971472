//@ compile-fail
// Comparing two records with == as Python compares objects, without PartialEq.
#[derive(Debug)]
struct Money {
    cents: u64,
    currency: String,
}

fn main() {
    let a = Money { cents: 100, currency: "EUR".to_string() };
    let b = Money { cents: 100, currency: "EUR".to_string() };
    if a == b { //~ ERROR E0369
        println!("same: {:?}", a);
    }
}
