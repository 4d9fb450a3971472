//@ compile-fail
// A type alias with a lifetime parameter, returned without it.
type Text<'a> = &'a str;

fn longer(a: &str, b: &str) -> Text { //~ ERROR E0106
    if a.len() > b.len() { a } else { b }
}

fn main() {
    println!("{}", longer("ab", "c"));
}
