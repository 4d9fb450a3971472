//@ compile-fail
// Pushing the same String into a Vec on every iteration moves it the first time.
fn main() {
    let word = String::from("hi");
    let mut words = Vec::new();
    for _ in 0..2 {
        words.push(word); //~ ERROR E0382
    }
    println!("{:?}", words);
}
