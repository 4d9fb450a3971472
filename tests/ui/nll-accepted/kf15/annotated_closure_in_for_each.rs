// An annotated closure pushing a constant for long words, called from a closure given to `for_each`.
fn main() {
    let text = String::from("a bb");
    let mut out: Vec<&str> = vec!["x"];
    let mut add = |w: &str| {
        if w.len() > 1 {
            out.push("y");
        }
    };
    text.split(' ').for_each(|w| add(w));
    drop(text);
    println!("{:?}", out);
}
