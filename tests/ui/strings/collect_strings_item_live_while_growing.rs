// Collecting Strings into a String keeps the first as the buffer; each item is still alive while the buffer grows.
fn main() {
    let runs = vec![('a', 3), ('b', 1), ('c', 2), ('d', 5), ('e', 1)];
    let encoded: String = runs.iter().map(|(c, n)| format!("{}{}", n, c)).collect();
    let words: String = ["alpha", "beta", "gamma", "delta"].iter().map(|w| w.to_uppercase()).collect();
    println!("{} {}", encoded, words);
}
