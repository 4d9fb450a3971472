//@ compile-fail
// A closure that pushes its captured String into a vector is FnMut; it cannot move the String.
fn main() {
    let s = String::from("x");
    let mut v = Vec::new();
    let mut add = || v.push(s);
    add();
    add(); //~ ERROR E0382
    println!("{}", v.len());
}
