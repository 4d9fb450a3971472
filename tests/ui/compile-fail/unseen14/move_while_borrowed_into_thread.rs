//@ compile-fail
// Moving a String into a function while a slice of it is still used later (E0505)
fn store(s: String) -> usize {
    s.len()
}

fn main() {
    let text = String::from("borrowed text");
    let first = &text[0..8];
    let n = store(text); //~ ERROR E0505
    println!("{} {}", first, n);
}
