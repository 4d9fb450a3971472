//@ compile-fail
// A closure that consumes its capture is passed where a repeatable Fn is required.
fn run_twice<F: Fn()>(f: F) {
    f();
    f();
}

fn main() {
    let msg = String::from("bye");
    let farewell = move || drop(msg); //~ ERROR E0525
    run_twice(farewell);
}
