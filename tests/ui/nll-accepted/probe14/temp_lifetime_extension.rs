// `let s = &String::from(..)` extends the temporary.
struct R<'a> { s: &'a str }
fn main() {
    let s: &String = &String::from("tmp");
    let r = R { s: &String::from("x") };
    let t = &String::from("a").len();
    println!("{} {} {}", s, r.s, t);
}
