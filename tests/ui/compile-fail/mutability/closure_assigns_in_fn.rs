//@ compile-fail
// A closure passed where `Fn` is expected cannot assign to its capture.
fn call_twice<F: Fn()>(f: F) {
    f();
    f();
}

fn main() {
    let mut calls = 0;
    call_twice(|| calls += 1); //~ ERROR E0594
    println!("{}", calls);
}
