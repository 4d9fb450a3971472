//@ compile-fail
// A match over an enum that forgets one variant.
enum Coin {
    Penny,
    Nickel,
    Dime,
    Quarter,
}

fn value(c: Coin) -> u8 {
    match c { //~ ERROR E0004
        Coin::Penny => 1,
        Coin::Nickel => 5,
        Coin::Dime => 10,
    }
}

fn main() {
    println!("{}", value(Coin::Quarter));
}
