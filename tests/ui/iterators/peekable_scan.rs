// peekable for lookahead grouping, scan for running totals, inspect for side effects.
fn main() {
    let s = "aaabccdddd";
    let mut it = s.chars().peekable();
    let mut groups = Vec::new();
    while let Some(c) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&c) {
            it.next();
            n += 1;
        }
        groups.push(format!("{c}{n}"));
    }
    println!("{}", groups.join(""));
    let running: Vec<i32> = [1, 2, 3, 4].iter().scan(0, |acc, &x| {
        *acc += x;
        Some(*acc)
    }).collect();
    println!("{running:?}");
    let total: i32 = (1..=3).inspect(|x| println!("saw {x}")).sum();
    println!("{total}");
}
