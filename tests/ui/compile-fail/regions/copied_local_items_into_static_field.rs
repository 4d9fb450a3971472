//@ compile-fail
// Items copied out of a `Vec<&str>` of a local String's words must be `'static` to fill a `&'static str` field.
#[derive(Debug)]
struct Tok { w: &'static str }
fn main() {
    let s = String::from("a b");
    let v: Vec<&str> = s.split(' ').collect(); //~ ERROR E0597
    let t: Vec<Tok> = v.iter().copied().filter(|w| !w.is_empty()).map(|w| Tok { w }).collect();
    println!("{:?}", t);
}
