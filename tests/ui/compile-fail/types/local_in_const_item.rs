//@ compile-fail
// A `const` is computed before the program runs: it cannot read a local variable (E0435).
fn main() {
    let base = 10;
    const LIMIT: i32 = base * 2; //~ ERROR E0435
    println!("{}", LIMIT);
}
