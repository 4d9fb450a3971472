//@ compile-fail
// A closure that moves its capture out is FnOnce and can be called only once.
fn main() {
    let s = String::from("once");
    let f = move || s;
    let a = f();
    let b = f(); //~ ERROR E0382
    println!("{} {}", a, b);
}
