//@ compile-fail
// The first word is sliced out of a String that is dropped at the end of the inner block, then printed.
fn main() {
    let first;
    {
        let line = String::from("hello brave new world");
        first = line.split(' ').next().unwrap(); //~ ERROR E0597
    }
    println!("first word: {}", first);
}
