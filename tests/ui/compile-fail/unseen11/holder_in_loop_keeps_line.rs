//@ compile-fail
// The longest line is remembered by reference, but each line is a String built inside the loop.
fn main() {
    let mut longest: &str = "";
    for i in 1..4 {
        let line = "=".repeat(i * 2);
        if line.len() > longest.len() {
            longest = &line; //~ ERROR E0597
        }
    }
    println!("longest: {}", longest);
}
