//@ compile-fail
// Two closures that both mutate the same variable.
fn main() {
    let mut log = Vec::new();
    let mut a = || log.push("a");
    let mut b = || log.push("b"); //~ ERROR E0499
    a();
    b();
}
