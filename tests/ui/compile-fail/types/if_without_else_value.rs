//@ compile-fail
// An `if` without `else` whose value is used as a number.
fn main() {
    let n = 4;
    let half: i32 = if n % 2 == 0 { n / 2 }; //~ ERROR E0317
    println!("{}", half);
}
