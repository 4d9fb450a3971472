//@ compile-fail
// A `static` nested in a function cannot read the function's parameter (E0435).
fn scaled(k: usize) -> usize {
    static FACTOR: usize = k; //~ ERROR E0435
    FACTOR * 2
}

fn main() {
    println!("{}", scaled(3));
}
