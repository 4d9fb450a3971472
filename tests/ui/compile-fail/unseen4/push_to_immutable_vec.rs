//@ compile-fail
// Calling push on a Vec bound without mut.
fn main() {
    let list = Vec::new(); //~ ERROR E0596
    list.push("milk");
    list.push("eggs");
    println!("{:?}", list);
}
