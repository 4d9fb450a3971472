//@ compile-fail
// a String moved out of a Vec by indexing inside a loop
fn main() {
    let words: Vec<String> = "alpha beta gamma".split(' ').map(String::from).collect();
    let mut longest = String::new();
    for i in 0..words.len() {
        let w = words[i]; //~ ERROR E0507
        if w.len() > longest.len() {
            longest = w;
        }
    }
    println!("{longest}");
}
