//@ compile-fail
// A lifetime already in scope (the function's, or its impl's) is the one rustc proposes.
struct Text<'t> {
    body: &'t str,
}

impl<'t> Text<'t> {
    fn longer(a: &str, b: &str) -> &str { //~ ERROR E0106
        if a.len() > b.len() { a } else { b }
    }
}

fn first<'x>(a: &'x str, b: &str) -> &str { //~ ERROR E0106
    if b.is_empty() { a } else { a }
}

fn main() {
    let t = Text { body: "hello" };
    println!("{} {}", t.body, first("a", "b"));
}
