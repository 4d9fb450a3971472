//@ compile-fail
// `first().copied()` gives the Vec's `&str`, which still borrows the String it was sliced from.
fn main() {
    let w;
    {
        let s = String::from("x");
        let words = vec![s.as_str()]; //~ ERROR E0597
        w = words.first().copied();
    }
    println!("{:?}", w);
}
