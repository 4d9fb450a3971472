// A reference tracking the best element is dead before the push that copies it.
fn main() {
    let mut marks = vec![12, 17, 9];
    let mut best = &marks[0];
    for m in &marks {
        if m > best {
            best = m;
        }
    }
    marks.push(*best);
    let top = marks.iter().max().copied();
    marks.push(top.unwrap_or(0) + 1);
    println!("{:?}", marks);
}
