//@ compile-fail
// A reference to a variable of an inner block used after the block.
fn main() {
    let r;
    {
        let x = 5;
        r = &x; //~ ERROR E0597
    }
    println!("{}", r);
}
