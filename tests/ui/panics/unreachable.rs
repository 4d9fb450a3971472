// unreachable! prints "internal error: entered unreachable code" and the optional message.
fn kind(n: u32) -> &'static str {
    match n % 3 {
        0 => "zero",
        1 => "one",
        2 => "two",
        _ => unreachable!("remainder {} of {}", n % 3, n),
    }
}

fn main() {
    println!("{}", kind(7));
    let state = 5;
    if state > 4 {
        unreachable!();
    }
}
