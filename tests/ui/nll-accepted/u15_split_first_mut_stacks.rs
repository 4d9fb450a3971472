// a crate is moved between two stacks using split_at_mut so that both are borrowed mutably at once
fn main() {
    let mut stacks = vec![vec!['Z', 'N', 'D'], vec!['M', 'C'], vec!['P']];
    let moves = [(0usize, 2usize), (1, 0), (0, 2)];
    for (from, to) in moves {
        let (lo, hi) = stacks.split_at_mut(from.max(to));
        let (src, dst) = if from < to { (&mut lo[from], &mut hi[0]) } else { (&mut hi[0], &mut lo[to]) };
        if let Some(c) = src.pop() {
            dst.push(c);
        }
    }
    let tops: String = stacks.iter().filter_map(|s| s.last()).collect();
    println!("{:?} tops {tops}", stacks);
}
