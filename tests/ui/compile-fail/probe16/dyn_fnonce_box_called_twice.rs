//@ compile-fail
// Calling a Box<dyn FnOnce()> twice (E0382).
fn main() {
    let s = String::from("x");
    let f: Box<dyn FnOnce() -> String> = Box::new(move || s);
    let a = f();
    let b = f(); //~ ERROR E0382
    println!("{} {}", a, b);
}
