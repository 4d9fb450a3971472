//@ compile-fail
// A borrow written through `*slot` is held by what `slot` borrows, and read back out of it.
fn main() {
    let mut s = "a";
    let r;
    {
        let slot = &mut s;
        let owned = String::from("x");
        *slot = &owned; //~ ERROR E0597
        r = *slot;
    }
    println!("{}", r);
}
