// A closure whose parameter is written `&'static str` may be called with string literals and mapped over them.
fn main() {
    let f = |w: &'static str| w.len();
    println!("{}", f("abc"));
    let words = vec!["a", "bb", "ccc"];
    let lens: Vec<usize> = words.into_iter().map(f).collect();
    println!("{:?}", lens);
}
