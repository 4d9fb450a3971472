//@ compile-fail
// Collecting split() into Vec<String> (E0277).
fn main() {
    let s = "a b";
    let v: Vec<String> = s.split(' ').collect(); //~ ERROR E0277
    println!("{:?}", v);
}
