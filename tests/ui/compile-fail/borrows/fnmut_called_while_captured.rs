//@ compile-fail
// A closure calling an FnMut closure borrows it mutably: calling it directly meanwhile is a second mutable borrow.
fn main() {
    let mut n = 0;
    let mut bump = || n += 1;
    let mut twice = || {
        bump();
        bump();
    };
    bump(); //~ ERROR E0499
    twice();
    println!("{}", n);
}
