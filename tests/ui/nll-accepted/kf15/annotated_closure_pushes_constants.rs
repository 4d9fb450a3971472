// A closure with a written `&str` parameter cannot keep it: pushing constants into a captured `Vec<&str>` leaves `text` free.
fn main() {
    let text = String::from("a bb");
    let mut out: Vec<&str> = Vec::new();
    let mut add = |w: &str| {
        if w.len() > 1 {
            out.push("long");
        }
    };
    for w in text.split(' ') {
        add(w);
    }
    drop(text);
    println!("{:?}", out);
}
