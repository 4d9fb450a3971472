//@ compile-fail
// &str + String (E0369).
fn main() {
    let a = "a";
    let b = String::from("b");
    println!("{}", a + &b); //~ ERROR E0369
}
