// Keeping the best element by reference across loop iterations.
fn main() {
    let words = vec![String::from("aa"), String::from("b"), String::from("ccc")];
    let mut best: Option<&String> = None;
    for w in &words {
        if best.map_or(true, |b| w.len() > b.len()) {
            best = Some(w);
        }
    }
    println!("{:?}", best);
}
