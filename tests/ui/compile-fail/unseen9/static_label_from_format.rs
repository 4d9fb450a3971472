//@ compile-fail
// A function promises a &'static str but returns a reference to a freshly formatted String.
fn seat_label(row: u32, seat: u32) -> &'static str {
    &format!("{}{}", (b'A' + row as u8) as char, seat) //~ ERROR E0515
}

fn main() {
    println!("{}", seat_label(2, 14));
}
