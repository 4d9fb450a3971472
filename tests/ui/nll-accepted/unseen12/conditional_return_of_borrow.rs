// A function returns a borrow of its parameter on one path and mutates it on another.
fn first_long(words: &mut Vec<String>, min: usize) -> Option<&String> {
    if words.iter().any(|w| w.len() >= min) {
        return words.iter().find(|w| w.len() >= min);
    }
    words.push("x".repeat(min));
    words.last()
}

fn main() {
    let mut w = vec![String::from("hi"), String::from("hello")];
    println!("{:?}", first_long(&mut w, 4));
    println!("{:?}", first_long(&mut w, 9));
    println!("{}", w.len());
}
