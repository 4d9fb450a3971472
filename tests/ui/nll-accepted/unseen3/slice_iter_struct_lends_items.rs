// A hand-written iterator over `&'a [T]` yields `&'a T`s that outlive the iterator.
struct Pairs<'a, T> {
    items: &'a [T],
    pos: usize,
}

impl<'a, T> Iterator for Pairs<'a, T> {
    type Item = (&'a T, &'a T);
    fn next(&mut self) -> Option<(&'a T, &'a T)> {
        if self.pos + 1 >= self.items.len() {
            return None;
        }
        let p = (&self.items[self.pos], &self.items[self.pos + 1]);
        self.pos += 1;
        Some(p)
    }
}

fn main() {
    let data = vec![1, 4, 9, 16];
    let diffs: Vec<i32> = Pairs { items: &data, pos: 0 }.map(|(a, b)| b - a).collect();
    let kept: Vec<(&i32, &i32)> = { Pairs { items: &data, pos: 0 }.collect() };
    println!("{:?} {:?}", diffs, kept);
}
