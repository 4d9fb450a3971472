// the first word is borrowed and printed, then the word list changes (the borrow's last use precedes the change)
fn main() {
    let mut words: Vec<String> = "eat tea tan ate nat bat".split(' ').map(String::from).collect();
    let first = &words[0];
    let key: String = {
        let mut cs: Vec<char> = first.chars().collect();
        cs.sort();
        cs.into_iter().collect()
    };
    println!("first {first}, key {key}");
    words.retain(|w| {
        let mut cs: Vec<char> = w.chars().collect();
        cs.sort();
        cs.into_iter().collect::<String>() != key
    });
    println!("{:?}", words);
}
