//@ compile-fail
// A struct holding a &str field written without a lifetime parameter.
struct Excerpt {
    part: &str, //~ ERROR E0106
}

fn main() {
    let text = String::from("Call me Ishmael. Some years ago...");
    let e = Excerpt { part: text.split('.').next().unwrap() };
    println!("{}", e.part);
}
