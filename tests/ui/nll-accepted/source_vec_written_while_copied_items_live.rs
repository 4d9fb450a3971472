// the Vec whose items were copied by a map closure is written again while the collected items are in use
fn order() -> Vec<usize> { vec![0, 1] }
fn main() {
    let text = String::from("p q");
    let mut words: Vec<&str> = text.split(' ').collect();
    let picked: Vec<&str> = order().iter().map(|&i| words[i]).collect();
    words.push("r");
    println!("{:?} {:?}", picked, words);
}
