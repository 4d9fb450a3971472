// A struct holding `&'a str` used while its source lives.
struct Excerpt<'a> { part: &'a str }
fn main() {
    let text = String::from("call me. later");
    let e = Excerpt { part: text.split('.').next().unwrap() };
    println!("{}", e.part);
}
