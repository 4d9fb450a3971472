//@ compile-fail
// A closure calling itself by name (E0425).
fn main() {
    let fact = |n: u64| -> u64 { if n == 0 { 1 } else { n * fact(n - 1) } }; //~ ERROR E0425
    println!("{}", fact(5));
}
