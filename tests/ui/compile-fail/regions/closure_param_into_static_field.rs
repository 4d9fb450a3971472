//@ compile-fail
// A `map` closure stores its item, borrowed from a local String, in a `&'static str` field (heaplab refuses it as unsupported).
#[derive(Debug)]
struct Tok {
    w: &'static str,
}

fn main() {
    let s = String::from("a b");
    let t: Vec<Tok> = s.split(' ').map(|w| Tok { w }).collect(); //~ ERROR E0597
    println!("{t:?}");
}
