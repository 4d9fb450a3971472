//@ compile-fail
// A reference to a String declared in an inner block is used after the block ends.
fn main() {
    let shortest;
    {
        let word = String::from("ephemeral");
        shortest = &word; //~ ERROR E0597
    }
    println!("{}", shortest);
}
