//@ compile-fail
// A function builds a label with format! and returns a &str to it.
fn label(n: u32) -> &'static str {
    let s = format!("item #{}", n);
    &s //~ ERROR E0515
}

fn main() {
    for i in 1..3 {
        println!("{}", label(i));
    }
}
