// Cloning a Vec<String> deep-copies every element.
fn main() {
    let v = vec![String::from("a"), String::from("bb")];
    let mut w = v.clone();
    w[0].push_str("zz");
    w.push(String::from("ccc"));
    println!("{v:?}");
    println!("{w:?}");
    println!("{} {}", v.len(), w.len());
}
