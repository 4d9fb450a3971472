//@ compile-fail
// A `&str` read through a reference to a Vec's item still borrows the String it was sliced from.
fn main() {
    let r;
    {
        let s = String::from("x");
        let v = vec![s.as_str()]; //~ ERROR E0597
        let rv = &v;
        let it = &rv[0];
        r = *it;
    }
    println!("{}", r);
}
