//@ compile-fail
// Assigning through a shared reference obtained from an Option.
fn main() {
    let mut o = Some(1);
    if let Some(x) = &o {
        *x = 2; //~ ERROR E0594
    }
    println!("{:?}", o);
}
