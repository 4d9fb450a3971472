//@ compile-fail
// A for loop over a Vec by value consumes it; the Vec is used afterwards.
fn main() {
    let words = vec![String::from("a"), String::from("bb")];
    let mut total = 0;
    for w in words {
        total += w.len();
    }
    println!("{} words, {} bytes", words.len(), total); //~ ERROR E0382
}
