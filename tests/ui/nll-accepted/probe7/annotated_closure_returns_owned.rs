// A closure with `|x: &String|` may return what it computes from `x`, just not `x` itself.
fn main() {
    let s = String::from("abc");
    let f = |x: &String| x.len();
    let g = |x: &String, y: &String| if x.len() > y.len() { x.clone() } else { y.clone() };
    println!("{} {}", f(&s), g(&s, &s));
}
