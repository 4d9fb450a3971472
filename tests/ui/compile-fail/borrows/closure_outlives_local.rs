//@ compile-fail
// A closure returned out of a block borrows a variable of that block.
fn main() {
    let f;
    {
        let n = 3;
        f = || n * 2; //~ ERROR E0597
    }
    println!("{}", f());
}
