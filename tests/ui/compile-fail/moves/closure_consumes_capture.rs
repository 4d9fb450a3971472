//@ compile-fail
// A closure that drops its capture moves it in; the String cannot be used after.
fn main() {
    let s = String::from("gone");
    let f = || drop(s);
    f();
    println!("{}", s); //~ ERROR E0382
}
