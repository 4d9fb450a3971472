//@ compile-fail
// `continue` in a function body that has no loop.
fn skip(n: u32) -> u32 {
    if n % 2 == 0 {
        continue; //~ ERROR E0268
    }
    n
}

fn main() {
    println!("{}", skip(3));
}
