// `map` closures storing `&'static str` items in a `&'static str` field (heaplab refuses it as unsupported).
#[derive(Debug)]
struct Tok {
    w: &'static str,
}

fn main() {
    let words = ["a", "b"];
    let t: Vec<Tok> = words.iter().map(|w| Tok { w: *w }).collect();
    let u: Vec<Tok> = "x y".split(' ').map(|w| Tok { w }).collect();
    println!("{t:?} {u:?}");
}
