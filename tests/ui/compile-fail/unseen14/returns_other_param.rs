//@ compile-fail
// A function whose result is tied to 'a returns the parameter without a lifetime (E0621)
fn first_or<'a>(items: &'a [String], fallback: &str) -> &'a str {
    match items.first() { //~ ERROR E0621
        Some(s) => s,
        None => fallback,
    }
}

fn main() {
    let v = vec![String::from("a")];
    println!("{}", first_or(&v, "none"));
}
