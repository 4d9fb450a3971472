// `let s = &String::from("a");` extends the temporary to the end of the block.
fn main() {
    let s = &String::from("a");
    let v = &vec![1, 2];
    println!("{s} {}", v.len());
}
