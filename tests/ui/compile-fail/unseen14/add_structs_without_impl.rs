//@ compile-fail
// Adding two structs with + without an Add impl (E0369)
#[derive(Debug, Clone, Copy)]
struct Money {
    cents: i64,
}

fn main() {
    let a = Money { cents: 150 };
    let b = Money { cents: 275 };
    let sum = a + b; //~ ERROR E0369
    println!("{:?}", sum);
}
