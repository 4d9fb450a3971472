//@ compile-fail
// A struct holds a &str field without a lifetime parameter.
struct View {
    text: &str, //~ ERROR E0106
}

fn main() {
    let v = View { text: "x" };
    println!("{}", v.text);
}
