//@ compile-fail
// A closure capturing the output String mutably is still used after the String is printed.
fn main() {
    let mut out = String::new();
    let mut emit = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    emit("first");
    println!("so far: {}", out); //~ ERROR E0502
    emit("second");
}
