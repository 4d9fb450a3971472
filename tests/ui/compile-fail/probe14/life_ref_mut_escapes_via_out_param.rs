//@ compile-fail
// A `&mut` parameter writes a local's borrow into an out parameter.
fn fill<'a>(out: &mut Option<&'a str>) {
    let s = String::from("x");
    *out = Some(&s); //~ ERROR E0597
}
fn main() {
    let mut o = None;
    fill(&mut o);
    println!("{:?}", o);
}
