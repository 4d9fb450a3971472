//@ compile-fail
// Reassigning a Vec<String> (a type with drop glue) while an element is borrowed: rustc's E0506 points at the assigned place only.
fn main() {
    let mut words: Vec<String> = vec![String::from("alpha"), String::from("beta")];
    let first = &words[0];
    words = Vec::new(); //~ ERROR E0506
    let mut count = 0;
    let r = &count;
    count = 5; //~ ERROR E0506
    println!("{} {} {} {}", first, words.len(), r, count);
}
