//@ compile-fail
// A String's slice is not `&'static str`.
fn main() {
    let s = String::from("abc");
    let t: &'static str = s.as_str(); //~ ERROR E0597
    println!("{}", t);
}
