//@ compile-fail
// A closure that increments a counter holds a mutable borrow until its last call.
fn main() {
    let mut clicks = 0;
    let mut click = || clicks += 1;
    click();
    let direct = &mut clicks; //~ ERROR E0499
    *direct += 10;
    click();
    println!("{}", clicks);
}
