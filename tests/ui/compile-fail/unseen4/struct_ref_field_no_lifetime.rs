//@ compile-fail
// A struct holding a &str field declared without a lifetime.
#[derive(Debug)]
struct Excerpt {
    text: &str, //~ ERROR E0106
    page: u32,
}

fn main() {
    let book = String::from("Call me Ishmael. Some years ago...");
    let e = Excerpt { text: &book[..16], page: 1 };
    println!("{:?}", e);
}
