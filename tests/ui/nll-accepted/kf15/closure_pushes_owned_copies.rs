// A closure pushing owned copies of its parameter into a captured `Vec<String>`: `text` can be moved afterwards.
fn main() {
    let text = String::from("a bb");
    let mut out: Vec<String> = Vec::new();
    let mut add = |w| out.push(String::from(w));
    for w in text.split(' ') {
        add(w);
    }
    drop(text);
    println!("{:?}", out);
}
