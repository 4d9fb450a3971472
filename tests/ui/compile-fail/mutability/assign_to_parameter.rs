//@ compile-fail
// Function parameters are immutable bindings unless declared `mut`.
fn countdown(n: u32) {
    while n > 0 {
        println!("{}", n);
        n -= 1; //~ ERROR E0384
    }
}

fn main() {
    countdown(3);
}
