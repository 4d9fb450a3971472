//@ compile-fail
// A generic field next to `&'static` ones still holds what it is given: the captured local's borrow.
struct Pair<T> {
    name: &'static str,
    value: T,
}

fn pairs<'a>(names: &'a [&'static str]) -> Vec<Pair<&'a f64>> {
    let factor = 2.0;
    names.iter().map(|n| Pair { name: n, value: &factor }).collect() //~ ERROR E0373
}

fn main() {
    let p = pairs(&["a"]);
    println!("{} {}", p[0].name, p[0].value);
}
