//@ compile-fail
// Calling a closure that mutates a captured counter through a binding without mut (E0596)
fn main() {
    let mut clicks = 0;
    let click = || clicks += 1;
    click(); //~ ERROR E0596
    println!("{}", clicks);
}
