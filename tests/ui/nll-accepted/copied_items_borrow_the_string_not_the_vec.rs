// items copied out of a captured Vec<&str> borrow the String the words point into, not the Vec: it can be dropped
fn order() -> Vec<usize> { vec![1, 0] }
fn main() {
    let text = String::from("left right");
    let words: Vec<&str> = text.split(' ').collect();
    let picked: Vec<&str> = order().iter().map(|&i| words[i]).collect();
    drop(words);
    println!("{:?} from {}", picked, text);
}
