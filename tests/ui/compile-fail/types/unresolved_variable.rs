//@ compile-fail
// Using a variable that was never declared (a typo).
fn main() {
    let count = 3;
    println!("{}", cuont); //~ ERROR E0425
    println!("{}", count);
}
