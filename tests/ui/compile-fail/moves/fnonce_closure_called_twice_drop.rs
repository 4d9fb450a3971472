//@ compile-fail
// A closure that moves its capture out can be called only once.
fn main() {
    let s = String::from("x");
    let f = move || s;
    let a = f();
    let b = f(); //~ ERROR E0382
    println!("{} {}", a, b);
}
