//@ compile-fail
// `for w in words` consumes the vector; asking its length afterwards is a use after move.
fn main() {
    let words = vec![String::from("x"), String::from("y")];
    for w in words {
        println!("{}", w);
    }
    println!("{}", words.len()); //~ ERROR E0382
}
