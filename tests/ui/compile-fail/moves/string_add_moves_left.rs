//@ compile-fail
// `a + &b` moves `a`.
fn main() {
    let a = String::from("a");
    let b = String::from("b");
    let c = a + &b;
    println!("{} {}", c, a); //~ ERROR E0382
}
