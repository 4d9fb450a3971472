//@ compile-fail
// Using `+` on a struct that does not implement Add.
#[derive(Debug)]
struct Money {
    cents: u64,
}

fn main() {
    let a = Money { cents: 100 };
    let b = Money { cents: 50 };
    let c = a + b; //~ ERROR E0369
    println!("{:?}", c);
}
