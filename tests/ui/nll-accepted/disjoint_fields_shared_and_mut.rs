// A shared borrow of one field and a mutable borrow of another.
struct Doc {
    title: String,
    lines: Vec<String>,
}

fn main() {
    let mut d = Doc { title: String::from("notes"), lines: Vec::new() };
    let t = &d.title;
    let ls = &mut d.lines;
    ls.push(format!("title was {}", t));
    ls.push(String::from("second"));
    println!("{} {:?}", d.title, d.lines);
}
