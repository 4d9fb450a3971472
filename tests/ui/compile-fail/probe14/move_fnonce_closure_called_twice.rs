//@ compile-fail
// A closure moving a captured String out is FnOnce; calling it twice.
fn main() {
    let s = String::from("once");
    let f = move || s;
    let a = f();
    let b = f(); //~ ERROR E0382
    println!("{} {}", a, b);
}
