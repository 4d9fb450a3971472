//@ compile-fail
// a counting closure holds a mutable borrow while the count is printed
fn main() {
    let mut steps = 0;
    let mut step = || steps += 1;
    step();
    println!("{steps}"); //~ ERROR E0502
    step();
}
