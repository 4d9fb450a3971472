// Closures given to an `Fn(&str) -> Tok` bound store `'static` data (literals, a captured `&'static str`) in a `&'static str` field.
#[derive(Debug)]
struct Tok {
    w: &'static str,
    n: usize,
}
fn apply<F: Fn(&str) -> Tok>(text: &str, f: F) -> Vec<Tok> {
    text.split(' ').map(|w| f(w)).collect()
}
fn main() {
    let unit = "kg";
    let text = String::from("a bb ccc");
    let sized = apply(&text, |w| Tok { w: if w.len() > 2 { "long" } else { "short" }, n: w.len() });
    let united = apply(&text, |w| Tok { w: unit, n: w.len() * 10 });
    println!("{:?}\n{:?}", sized, united);
}
