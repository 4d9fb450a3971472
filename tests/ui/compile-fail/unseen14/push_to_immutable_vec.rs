//@ compile-fail
// Calling push on a Vec bound without mut (E0596)
fn main() {
    let list = Vec::new();
    list.push("milk"); //~ ERROR E0596
    println!("{:?}", list);
}
