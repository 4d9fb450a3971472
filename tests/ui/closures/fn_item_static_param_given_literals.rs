// Functions whose parameter is written `&'static str`, passed by name to `map` over `'static` items.
#[derive(Debug)]
struct Tok {
    w: &'static str,
}
fn wrap(w: &'static str) -> Tok {
    Tok { w }
}
fn keep(w: &'static str) -> usize {
    w.len()
}
fn main() {
    let words = ["alpha", "be"];
    let t: Vec<Tok> = "x yy".split(' ').map(wrap).collect();
    let n: usize = words.iter().copied().map(keep).sum();
    println!("{:?} {}", t, n);
}
