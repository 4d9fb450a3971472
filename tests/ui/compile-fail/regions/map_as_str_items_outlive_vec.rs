//@ compile-fail
// `w.as_str()` in a map closure borrows the Vec's own Strings: the collected slices cannot outlive it.
fn main() {
    let out: Vec<&str>;
    {
        let words = vec![String::from("a"), String::from("b")];
        out = words.iter().map(|w| w.as_str()).collect(); //~ ERROR E0597
    }
    println!("{:?}", out);
}
