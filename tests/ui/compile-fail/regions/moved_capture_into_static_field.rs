//@ compile-fail
// A `move` closure stores its captured `&str`, borrowed from a local String, in a `&'static str` field.
struct Named {
    name: &'static str,
    n: u32,
}
fn main() {
    let label = String::from("x");
    let r = label.as_str(); //~ ERROR E0597
    let v: Vec<Named> = (0..2).map(move |n| Named { name: r, n }).collect();
    println!("{}", v.len());
}
