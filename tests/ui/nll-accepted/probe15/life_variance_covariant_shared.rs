// A `&'static str` shortened through a shared reference is fine.
fn first<'a>(a: &'a str, _b: &'a str) -> &'a str { a }
fn main() {
    let s: &'static str = "a";
    let owned = String::from("b");
    println!("{}", first(s, &owned));
    let mut v: Vec<&str> = vec!["x"];
    v.push(&owned);
    println!("{:?}", v);
}
