//@ compile-fail
// A closure that moves out of its capture given where `Fn` is expected (E0525).
fn call<F: Fn() -> String>(f: F) -> String {
    f()
}
fn main() {
    let s = String::from("a");
    println!("{}", call(move || s)); //~ ERROR E0507
}
