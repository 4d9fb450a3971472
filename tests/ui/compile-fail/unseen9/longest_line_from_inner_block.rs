//@ compile-fail
// The longest line is remembered from a String created inside a block, and printed after the block ends.
fn main() {
    let longest: &str;
    {
        let text = String::from("short\na much longer line\nmid");
        longest = text.lines().max_by_key(|l| l.len()).unwrap(); //~ ERROR E0597
    }
    println!("longest: {}", longest);
}
