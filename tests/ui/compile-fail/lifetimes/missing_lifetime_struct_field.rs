//@ compile-fail
// A struct field holding a reference needs a lifetime parameter.
struct Excerpt {
    part: &str, //~ ERROR E0106
}

fn main() {
    let text = String::from("Call me Ishmael.");
    let e = Excerpt { part: &text[..4] };
    println!("{}", e.part);
}
