//@ compile-fail
// Trimming a temporary String and keeping the slice.
fn main() {
    let text;
    {
        text = String::from("  padded  ").trim(); //~ ERROR E0716
    }
    println!("[{}]", text);
}
