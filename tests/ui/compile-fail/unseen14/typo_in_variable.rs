//@ compile-fail
// A misspelt variable name (E0425)
fn main() {
    let total_price = 120;
    let discount = 15;
    println!("{}", total_prise - discount); //~ ERROR E0425
}
