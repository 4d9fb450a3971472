//@ compile-fail
// A closure borrowing `x` immutably is alive while `x` is mutated.
fn main() {
    let mut x = 1;
    let show = || println!("{}", x);
    x += 1; //~ ERROR E0506
    show();
}
