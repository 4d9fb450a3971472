// A closure returned as `Box<dyn Fn()>` that moves its capture out: E0507.
//@ compile-fail
fn make(s: String) -> Box<dyn Fn()> {
    Box::new(move || drop(s)) //~ ERROR E0507
}
fn main() {
    make(String::new())();
}
