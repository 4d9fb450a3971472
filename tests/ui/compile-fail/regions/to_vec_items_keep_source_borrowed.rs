//@ compile-fail
// Items copied out of a `&[&'a str]` still borrow what `'a` stands for in the caller.
fn copy_all<'a>(names: &[&'a str]) -> Vec<&'a str> {
    names.to_vec()
}
fn main() {
    let s = String::from("x");
    let v = copy_all(&[s.as_str()]);
    drop(s); //~ ERROR E0505
    println!("{:?}", v);
}
