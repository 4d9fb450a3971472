//@ compile-fail
// A closure that moves its capture out, passed where `Fn` is required.
fn run<F: Fn() -> String>(f: F) -> String {
    f()
}

fn main() {
    let s = String::from("x");
    let out = run(move || s); //~ ERROR E0507
    println!("{}", out);
}
