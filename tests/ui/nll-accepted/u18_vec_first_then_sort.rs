// A borrow of the first word is printed before the word list is sorted in place.
fn main() {
    let mut words: Vec<&str> = "pear apple fig banana".split(' ').collect();
    let first = &words[0];
    println!("first before sort: {}", first);
    words.sort();
    let first = words.first().unwrap();
    println!("first after sort: {}", first);
    words.dedup();
    println!("{:?}", words);
}
