//@ compile-fail
// String::push_str takes a &str, but a char literal is passed while joining words.
fn main() {
    let words = ["a", "b", "c"];
    let mut out = String::new();
    for w in words {
        out.push_str(w);
        out.push_str(','); //~ ERROR E0308
    }
    println!("{}", out);
}
