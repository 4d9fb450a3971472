//@ compile-fail
// `copied()` items are the Vec's &str values: collecting them keeps the String they borrow.
fn main() {
    let out: Vec<&str>;
    {
        let s = String::from("x");
        let v = vec![s.as_str()]; //~ ERROR E0597
        out = v.iter().copied().collect();
    }
    println!("{:?}", out);
}
