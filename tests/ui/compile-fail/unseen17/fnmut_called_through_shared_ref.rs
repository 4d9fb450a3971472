//@ compile-fail
// A callback that counts calls is taken as `&dyn FnMut` and called, as a JavaScript function would be.
fn run_twice(callback: &dyn FnMut()) {
    callback(); //~ ERROR E0596
    callback(); //~ ERROR E0596
}

fn main() {
    let mut calls = 0;
    let mut counter = || calls += 1;
    run_twice(&mut counter);
    println!("{}", calls);
}
