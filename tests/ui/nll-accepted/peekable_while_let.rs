// A peekable iterator: `peek` borrows the iterator briefly, then `next` advances it.
fn main() {
    let nums = [1, 1, 2, 3, 3, 3];
    let mut it = nums.iter().peekable();
    let mut runs = Vec::new();
    while let Some(&x) = it.next() {
        let mut count = 1;
        while it.peek() == Some(&&x) {
            it.next();
            count += 1;
        }
        runs.push((x, count));
    }
    println!("{:?}", runs);
}
