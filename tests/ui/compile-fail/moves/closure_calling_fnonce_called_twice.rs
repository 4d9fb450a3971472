//@ compile-fail
// Calling a captured FnOnce consumes it: the closure is FnOnce and cannot be called twice.
fn run<F: FnOnce() -> String>(f: F) -> usize {
    let g = || f().len();
    g() + g() //~ ERROR E0382
}
fn main() {
    let s = String::from("abc");
    println!("{}", run(move || s));
}
