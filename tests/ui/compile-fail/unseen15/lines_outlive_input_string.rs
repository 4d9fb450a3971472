//@ compile-fail
// lines borrowed from a String that is dropped at the end of its block
fn main() {
    let lines: Vec<&str>;
    {
        let input = String::from("a\nb\nc");
        lines = input.lines().collect(); //~ ERROR E0597
    }
    println!("{:?}", lines);
}
