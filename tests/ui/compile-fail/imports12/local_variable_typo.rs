//@ compile-fail
// A misspelt local variable: rustc names the local with a similar name.
fn main() {
    let total_price = 40;
    let count = 3;
    println!("{}", totl_price / cuont); //~ ERROR E0425
    //~^ ERROR E0425
}
