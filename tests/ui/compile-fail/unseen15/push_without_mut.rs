//@ compile-fail
// a Vec collecting puzzle answers is declared without mut
fn main() {
    let answers = Vec::new();
    for line in "1\n2\n3".lines() {
        answers.push(line.parse::<u32>().unwrap() * 2); //~ ERROR E0596
    }
    println!("{:?}", answers);
}
