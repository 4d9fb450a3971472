//@ compile-fail
// A map closure copies out a field borrowing a String: the collected items need that String, not the Vec.
fn main() {
    let out: Vec<&str>;
    {
        let s = String::from("a b");
        let pairs: Vec<(&str, i32)> = vec![(s.as_str(), 1)]; //~ ERROR E0597
        out = pairs.iter().map(|p| p.0).collect();
    }
    println!("{:?}", out);
}
