//@ compile-fail
// A reference assigned in an inner block outlives its referent.
fn main() {
    let r;
    {
        let x = 5;
        r = &x; //~ ERROR E0597
    }
    println!("{}", r);
}
