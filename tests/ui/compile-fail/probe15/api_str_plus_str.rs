//@ compile-fail
// &str + &str (E0369).
fn main() {
    let a = "a";
    let b = "b";
    let c = a + b; //~ ERROR E0369
    println!("{}", c);
}
