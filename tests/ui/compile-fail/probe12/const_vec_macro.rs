//@ compile-fail
// `const V: Vec<u32> = vec![1, 2];` allocates in a constant.
const V: Vec<u32> = vec![1, 2]; //~ ERROR E0015
//~^ ERROR E0015
fn main() {
    println!("{}", V.len());
}
