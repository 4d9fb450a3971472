//@ compile-fail
// Assigning a parameter's `&str` to a local struct's `&'static str` field.
struct Slot {
    label: &'static str,
}

fn relabel(name: &str) -> usize {
    let mut s = Slot { label: "empty" };
    s.label = name; //~ ERROR lifetime may not live long enough
    s.label.len()
}

fn main() {
    println!("{}", relabel("x"));
}
