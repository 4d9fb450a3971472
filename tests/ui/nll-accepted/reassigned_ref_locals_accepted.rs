// A local reassigned from a parameter's items or another `&mut` is accepted.
fn longest_word(text: &str) -> &str {
    let mut best = "";
    for w in text.split(' ') {
        if w.len() > best.len() {
            best = w;
        }
    }
    best
}
fn main() {
    let s = String::from("a bbb cc");
    let mut v = vec![1, 2, 3];
    let mut r = &mut v;
    r.push(4);
    let w = &mut vec![0];
    r = w;
    r.push(5);
    println!("{} {:?}", longest_word(&s), v);
}
