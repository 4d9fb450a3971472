//@ compile-fail
// A nested `fn` cannot capture a local of the enclosing function.
fn main() {
    let factor = 3;
    fn scale(x: i32) -> i32 {
        x * factor //~ ERROR E0434
    }
    println!("{}", scale(2));
}
