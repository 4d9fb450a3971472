//@ compile-fail
// Returning the Result of `parse` from a function declared to return u8.
fn parse_age(s: &str) -> u8 {
    s.trim().parse::<u8>() //~ ERROR E0308
}

fn main() {
    println!("{}", parse_age("42"));
}
