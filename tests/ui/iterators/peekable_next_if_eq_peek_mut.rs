// Peekable::next_if puts a refused item back, next_if_eq compares with a value, peek_mut edits the next item.
fn main() {
    let mut it = vec![1, 1, 2, 3, 3, 3, 4].into_iter().peekable();
    let mut groups = Vec::new();
    while let Some(x) = it.next() {
        let mut n = 1;
        while it.next_if_eq(&x).is_some() {
            n += 1;
        }
        groups.push((x, n));
    }
    println!("{:?}", groups);
    let mut words = ["a", "bb", "ccc", "d"].iter().peekable();
    let mut short: Vec<&str> = Vec::new();
    while let Some(w) = words.next_if(|w| w.len() < 3) {
        short.push(*w);
    }
    println!("{:?} then {:?}", short, words.next());
    let mut nums = [10, 20, 30].into_iter().peekable();
    if let Some(p) = nums.peek_mut() {
        *p += 5;
    }
    println!("{:?} {:?}", nums.next_if(|&v| v > 100), nums.collect::<Vec<_>>());
}
