//@ compile-fail
// `let _ = s;` mentions `s`: the borrow it holds must still be alive there.
fn main() {
    let s;
    {
        let t = String::from("scope");
        s = t.as_str(); //~ ERROR E0597
    }
    let _ = s;
}
