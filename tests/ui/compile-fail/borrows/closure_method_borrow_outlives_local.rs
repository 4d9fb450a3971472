//@ compile-fail
// A closure calling a method through `label: &String` borrows the String itself, which dies at the end of the block.
fn main() {
    let f;
    {
        let owned = String::from("short-lived");
        let label = &owned; //~ ERROR E0597
        f = || label.len();
    }
    println!("{}", f());
}
