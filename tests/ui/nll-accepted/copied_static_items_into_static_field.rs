// Items copied out of a `Vec<&'static str>` (`iter().copied()`) are the elements, not borrows of the Vec: they may fill a `&'static str` field.
#[derive(Debug)]
#[allow(dead_code)]
struct Tok { w: &'static str }
fn main() {
    let v: Vec<&'static str> = vec!["a", "b"];
    let t: Vec<Tok> = v.iter().copied().map(|w| Tok { w }).collect();
    let u: Vec<Tok> = v.iter().map(|w| Tok { w: *w }).collect();
    println!("{:?} {:?} {:?}", t, u, v);
}
