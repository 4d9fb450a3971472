//@ compile-fail
// `let Ok(n) = ...` leaves the `Err` case unhandled.
fn main() {
    let Ok(n) = "12".parse::<i32>(); //~ ERROR E0005
    println!("{}", n);
}
