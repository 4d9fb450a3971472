//@ compile-fail
fn main() {
    let pair = (0, 7);
    let (x, 0) | (0, x) = pair else { panic!() }; //~ ERROR `let` bindings require top-level or-patterns
    println!("{}", x);
}
