//@ compile-fail
// A reference to a value of an inner block is used after the block frees it.
fn main() {
    let r;
    {
        let x = Box::new(5);
        r = &x; //~ ERROR E0597
    }
    println!("{}", r);
}
