//@ compile-fail
// A closure returning its captured `String` is `FnOnce`.
fn main() {
    let s = String::from("a");
    let f = || s;
    let a = f();
    let b = f(); //~ ERROR E0382
    println!("{a}{b}");
}
