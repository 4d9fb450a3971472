// A shared reference reassigned in a loop to the best element so far.
fn main() {
    let words = vec![String::from("aa"), String::from("b"), String::from("cccc")];
    let mut best = &words[0];
    for w in &words {
        if w.len() > best.len() {
            best = w;
        }
    }
    println!("{}", best);
    let mut owned = words.clone();
    owned.push(best.clone());
    println!("{}", owned.len());
}
