//@ compile-fail
// Reading a counter while a closure that increments it is still to be called.
fn main() {
    let mut hits = 0;
    let mut bump = || hits += 1;
    bump();
    if hits > 3 { //~ ERROR E0503
        println!("busy");
    }
    bump();
    println!("{}", hits);
}
