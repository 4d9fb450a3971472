//@ compile-fail
// A closure given to `Fn` that pushes into a captured Vec (E0596).
fn run<F: Fn()>(f: F) { f() }
fn main() {
    let mut v = Vec::new();
    run(|| v.push(1)); //~ ERROR E0596
    println!("{:?}", v);
}
