//@ compile-fail
// A closure mutably captures a counter while main bumps the counter directly before calling it again.
fn main() {
    let mut visits = 0;
    let mut visit = || visits += 1;
    visit();
    visits += 10; //~ ERROR E0503
    visit();
    println!("{}", visits);
}
