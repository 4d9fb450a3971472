//@ compile-fail
// Matching integers must cover every value; ranges do not add up to i32's.
fn main() {
    let n: i32 = 7;
    let kind = match n { //~ ERROR E0004
        0 => "zero",
        1..=9 => "digit",
    };
    println!("{}", kind);
}
