// Pushing references to an outer Vec's items inside a loop.
fn main() {
    let words = vec![String::from("a"), String::from("bb")];
    let mut long: Vec<&String> = Vec::new();
    for w in &words {
        if w.len() > 1 { long.push(w); }
    }
    println!("{:?}", long);
}
