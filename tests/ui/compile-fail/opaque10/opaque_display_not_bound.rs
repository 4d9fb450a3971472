//@ compile-fail
// `{}` needs `Display`, which `impl Clone` does not promise although its hidden `i32` has it.
fn make() -> impl Clone {
    5
}

fn main() {
    println!("{}", make()); //~ ERROR E0277
}
