//@ compile-fail
// ? is applied to a Result inside a function returning Option.
fn parse_age(s: &str) -> Option<u8> {
    let n: u8 = s.trim().parse()?; //~ ERROR E0277
    if n > 150 { None } else { Some(n) }
}

fn main() {
    println!("{:?}", parse_age("42"));
}
