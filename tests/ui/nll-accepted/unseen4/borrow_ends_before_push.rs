// A shared borrow of a Vec element whose last use comes before the push (NLL).
fn main() {
    let mut scores = vec![12, 40, 7];
    let best = scores.iter().max().unwrap();
    println!("best so far {}", best);
    scores.push(55);
    let first = &scores[0];
    let copy = *first;
    scores[0] = copy * 2;
    println!("{:?}", scores);
    let mut text = String::from("abc");
    let len = text.len();
    let view = &text[..1];
    println!("{} of {}", view, len);
    text.push_str("def");
    println!("{}", text);
}
