//@ compile-fail
// A reference to a String declared in an inner block is used after the block (E0597)
fn main() {
    let longest_name: &str;
    {
        let name = String::from("Bartholomew");
        longest_name = &name; //~ ERROR E0597
    }
    println!("{}", longest_name);
}
