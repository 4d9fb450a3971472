//@ compile-fail
// A Box<dyn Fn()> given where Box<dyn Fn() + Send> is expected (E0308: auto traits of a dyn are part of its type).
fn run(f: Box<dyn Fn() + Send>) { f() }
fn main() {
    let f: Box<dyn Fn()> = Box::new(|| println!("hi"));
    run(f); //~ ERROR E0308
}
