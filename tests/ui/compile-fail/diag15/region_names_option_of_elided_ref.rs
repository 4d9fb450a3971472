// `Option<&str>` promised with `&self`'s lifetime while a parameter's data is returned: the suggestion names both.
//@ compile-fail
struct Index { words: Vec<String> }
impl Index {
    fn find(&self, key: &str) -> Option<&str> {
        if self.words.iter().any(|w| w == key) { Some(key) } else { None } //~ ERROR lifetime may not live long enough
    }
}
fn main() {
    let i = Index { words: vec![String::from("a")] };
    println!("{:?}", i.find("a"));
}
