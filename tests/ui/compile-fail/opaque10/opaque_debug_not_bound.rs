//@ compile-fail
// `{:?}` needs `Debug`, which `impl Clone` does not promise although its hidden `Vec<i32>` has it.
fn make() -> impl Clone {
    vec![1]
}

fn main() {
    println!("{:?}", make()); //~ ERROR E0277
}
