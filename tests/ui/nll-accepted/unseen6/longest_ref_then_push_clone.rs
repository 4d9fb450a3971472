// The argument `longest.clone()` is evaluated before the push activates its mutable borrow.
fn main() {
    let mut words = vec![String::from("fig"), String::from("banana"), String::from("kiwi")];
    let mut longest = &words[0];
    for w in &words {
        if w.len() > longest.len() {
            longest = w;
        }
    }
    words.push(longest.clone());
    println!("{:?}", words);
}
