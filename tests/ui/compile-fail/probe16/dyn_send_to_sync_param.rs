//@ compile-fail
// A Box<dyn Fn() + Send> given where Box<dyn Fn() + Sync> is expected (E0308: auto traits of a dyn are part of its type).
fn run(f: Box<dyn Fn() + Sync>) { f() }
fn main() {
    let f: Box<dyn Fn() + Send> = Box::new(|| println!("hi"));
    run(f); //~ ERROR E0308
}
