//@ compile-fail
// A closure that mutates its capture, stored first, then passed where `Fn` is required.
fn call_twice<F: Fn()>(f: F) {
    f();
    f();
}

fn main() {
    let mut calls = 0;
    let count = || calls += 1; //~ ERROR E0525
    call_twice(count);
    println!("{}", calls);
}
