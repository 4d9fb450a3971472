// A closure storing its parameter, bound to a variable and only called: each call lends it a borrow
// that lives as long as `out`.
fn main() {
    let mut out: Vec<&str> = Vec::new();
    let mut add = |w| out.push(w);
    add("a");
    let text = String::from("b c");
    for w in text.split(' ') { add(w); }
    println!("{:?}", out);
}
