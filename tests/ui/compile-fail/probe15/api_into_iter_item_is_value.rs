//@ compile-fail
// Collecting into_iter() items of a Vec<String> into Vec<&String> (E0277).
fn main() {
    let v = vec![String::from("a")];
    let w: Vec<&String> = v.into_iter().collect(); //~ ERROR E0277
    println!("{:?}", w);
}
