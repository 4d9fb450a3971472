//@ compile-fail
// A struct field holding a reference must name its lifetime.
struct Excerpt {
    part: &str, //~ ERROR E0106
}

fn main() {
    let e = Excerpt { part: "x" };
    println!("{}", e.part);
}
