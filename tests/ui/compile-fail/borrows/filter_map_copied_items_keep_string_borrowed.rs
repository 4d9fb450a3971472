//@ compile-fail
// a filter_map closure copying `&str` items out of a captured Vec whose String is mutated while they are used
fn order() -> Vec<usize> { vec![0, 3] }
fn main() {
    let mut text = String::from("a b");
    let words: Vec<&str> = text.split(' ').collect();
    let picked: Vec<&str> = order().iter().filter_map(|&i| words.get(i).copied()).collect();
    text.push('c'); //~ ERROR E0502
    println!("{:?}", picked);
}
