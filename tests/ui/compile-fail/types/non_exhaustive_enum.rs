//@ compile-fail
// A `match` that forgets an enum variant.
enum Coin {
    Penny,
    Nickel,
    Dime,
}

fn value(c: Coin) -> u32 {
    match c { //~ ERROR E0004
        Coin::Penny => 1,
        Coin::Nickel => 5,
    }
}

fn main() {
    println!("{}", value(Coin::Dime));
}
