// A closure captures one field only, so another field can be changed while it lives.
struct Doc {
    title: String,
    words: Vec<String>,
}

fn main() {
    let mut d = Doc { title: String::from("notes"), words: Vec::new() };
    let show = || println!("title {}", d.title);
    d.words.push(String::from("tas"));
    show();
    println!("{} words", d.words.len());
}
